namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Free text outside a check that is no command and no small talk. The host may run the text analyzer
/// on <paramref name="Text"/>; if it finds nothing, it should send <paramref name="Fallback"/> (a short
/// <see cref="NotUnderstoodOutput"/>, not the whole command list).
/// </summary>
public sealed record UnrecognisedOutput(string Text, Language Language, BotOutput Fallback) : BotOutput;
