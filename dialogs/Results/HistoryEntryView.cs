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

    /// <summary>The check's id, for the "open this result" button.</summary>
    public string? CheckId { get; init; }

    /// <summary>The button's title when the result can be reopened (a snapshot was kept); null otherwise.</summary>
    public string? ReopenTitle { get; init; }
}
