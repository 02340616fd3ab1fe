namespace PartnershipBot.Dialogs.Conversation;

/// <summary>One help line: the words that trigger a command (e.g. "terug / back") and what it does.</summary>
public sealed record CommandHelp(string Words, string Description);
