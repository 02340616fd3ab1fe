namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A past result in the profile: scores only; the full result as shown is a separate <see cref="ResultSnapshot"/>.</summary>
public sealed record HistoryEntry(
    string CheckId,
    CheckKind Kind,
    Role Role,
    string BankVersion,
    DateTimeOffset CompletedAt,
    IReadOnlyList<PitfallScore> Pitfalls)
{
    /// <summary>True when a <see cref="ResultSnapshot"/> of this result was stored (checks before that have none).</summary>
    public bool Kept { get; init; }
}
