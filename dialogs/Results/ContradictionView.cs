namespace PartnershipBot.Dialogs.Results;

/// <summary>Two answers of the same respondent that do not fit together; counted as a signal for <paramref name="PitfallId"/>.</summary>
public sealed record ContradictionView(string Id, string PitfallId, string Text, IReadOnlyList<string> ItemIds, int Points);
