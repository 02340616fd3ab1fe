namespace PartnershipBot.Rounds;

/// <summary>
/// A tenant's rounds in brief (storage has no listing): finds a conversation's current round, the previous
/// round of a partnership, and what retention and erasure must visit.
/// </summary>
internal sealed record RoundIndex(IReadOnlyList<RoundIndexEntry> Rounds, bool RetentionScheduled)
{
    public static RoundIndex Empty() => new([], false);

    public RoundIndexEntry? LatestIn(string conversationId) =>
        Rounds.Where(r => r.ConversationId == conversationId).OrderByDescending(r => r.CreatedAt).FirstOrDefault();
}

/// <summary>One round in the index.</summary>
internal sealed record RoundIndexEntry(string Id, string PartnershipName, string ConversationId, DateTimeOffset CreatedAt, string? PartnershipId = null);
