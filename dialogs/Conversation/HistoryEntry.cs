namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A stored past result: scores only, no answers.</summary>
public sealed record HistoryEntry(
    string CheckId,
    CheckKind Kind,
    Role Role,
    string BankVersion,
    DateTimeOffset CompletedAt,
    IReadOnlyList<PitfallScore> Pitfalls);
