namespace PartnershipBot.Dialogs.Results;

/// <summary>One pitfall recognised in the open answer, how strongly, and the risk points it added.</summary>
public sealed record OpenAnswerFinding(string PitfallId, string Title, string Strength, double Points, IReadOnlyList<string> Phrases);
