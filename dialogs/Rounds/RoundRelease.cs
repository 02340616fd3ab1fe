namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Released figures of a round: a value stored once and never recomputed. Cards, the channel post and
/// reports render this record. <see cref="Final"/> is the release made at closing; a closed round's
/// final release never changes, whatever happens to the responses behind it.
/// </summary>
public sealed record RoundRelease(
    int Sequence,
    DateTimeOffset ReleasedAt,
    bool Final,
    RoundAggregate Aggregate,
    IReadOnlyList<TrendLine> Trend,
    RoundComparison? ComparedWith);
