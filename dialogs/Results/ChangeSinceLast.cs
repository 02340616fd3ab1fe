using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Results;

/// <summary>Comparison with the user's previous completed check (null in the report when there is none).</summary>
public sealed record ChangeSinceLast(
    DateTimeOffset PreviousCompletedAt,
    CheckKind PreviousKind,
    IReadOnlyList<PitfallChange> Pitfalls,
    string Summary);
