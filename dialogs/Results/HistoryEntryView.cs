using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Results;

/// <summary>One past check for display.</summary>
public sealed record HistoryEntryView(
    DateTimeOffset CompletedAt,
    CheckKind Kind,
    string KindLabel,
    string RoleLabel,
    IReadOnlyList<PitfallChange> Pitfalls)
{
    /// <summary>
    /// Set when there is no earlier check of the same kind and role to compare with, saying so; the
    /// pitfalls then carry this check's own figures only (previous = current), never a change.
    /// </summary>
    public string? Note { get; init; }
}
