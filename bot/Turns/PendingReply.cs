using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// One reply of a turn as planned before anything is sent: a new message, or (with <see cref="UpdateOf"/>) an
/// update of an earlier bot message - the card the user answered, or the question card on screen - with what to
/// post instead when the client cannot edit messages. Serialisable, so a turn's replies can wait in the outbox.
/// </summary>
internal sealed record PendingReply(Activity Activity)
{
    /// <summary>The id of the bot message this reply replaces; null for a new message.</summary>
    public string? UpdateOf { get; init; }

    /// <summary>Posted as new messages when the update fails; null means a failed update is only logged.</summary>
    public IReadOnlyList<Activity>? InsteadIfUpdateFails { get; init; }

    /// <summary>
    /// Set when this reply is the final message of the turn's streamed answer: what to send instead when the
    /// stream is not live (it broke, or this is a replay from the outbox after the streaming instance died).
    /// </summary>
    public Activity? ClosesStreamElse { get; init; }

    /// <summary>Set when this reply shows a question card: the item it asks, remembered with the card's message id.</summary>
    public string? QuestionItemId { get; init; }
}
