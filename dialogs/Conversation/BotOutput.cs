namespace PartnershipBot.Dialogs.Conversation;

/// <summary>One message (text or card) to send. Every text inside is already localised.</summary>
public abstract record BotOutput;
