namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The read-only version of a clicked card whose buttons no longer apply: what the card asked (<paramref name="Title"/>,
/// when known) and what became of it (<paramref name="Note"/>), with no buttons, so it cannot be clicked again. The bot
/// puts it in place of the clicked card (the invoke response, or an update of the card's message), like an answered question.
/// </summary>
public sealed record ClosedCardOutput(Language Language, string? Title, string Note) : BotOutput;
