using PartnershipBot.Protocol;

namespace PartnershipBot.Turns.Outbox;

/// <summary>
/// A turn's replies waiting to be sent, saved in the same write as the turn's state. <see cref="Inbound"/>
/// addresses them as the turn did (threaded on the user's activity); <see cref="QuestionKey"/> and
/// <see cref="OnScreen"/> let whoever sends them record the question card they post, so a later typed answer
/// still updates that card in place. Whoever holds the lease sends: the turn that wrote it first, then, once
/// the lease has run out, a retry of the activity or the sweeper.
/// </summary>
internal sealed record OutboxDocument(
    ConversationReference Inbound,
    IReadOnlyList<PendingReply> Replies,
    string QuestionKey,
    QuestionCardDocument? OnScreen,
    DateTimeOffset LeaseUntil,
    int Attempts);
