using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Results;

/// <summary>One past check for display.</summary>
public sealed record HistoryEntryView(
    DateTimeOffset CompletedAt,
    CheckKind Kind,
    string KindLabel,
    string RoleLabel,
    IReadOnlyList<PitfallChange> Pitfalls);
