namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Answers that should not all hold at once; when they do, <see cref="Points"/> are added to the pitfall's risk.</summary>
internal sealed record ContradictionRule(
    string Id,
    string PitfallId,
    int Points,
    IReadOnlyList<ContradictionCondition> When,
    LocalText Text);

/// <summary>An answer's agreement must be at least / at most the given value (−1…1).</summary>
internal sealed record ContradictionCondition(string ItemId, double? AtLeast, double? AtMost);
