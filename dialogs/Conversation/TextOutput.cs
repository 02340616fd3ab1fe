namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A plain, already localised message.</summary>
public sealed record TextOutput(string Text) : BotOutput;
