namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Free text outside a check that is no command. The host may run the text analyzer on
/// <paramref name="Text"/>; if it finds nothing, it should send <paramref name="Fallback"/>.
/// </summary>
public sealed record UnrecognisedOutput(string Text, Language Language, HelpOutput Fallback) : BotOutput;
