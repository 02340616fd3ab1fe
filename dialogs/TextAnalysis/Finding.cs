namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>A cue match after negation: which concept it now supports, how strongly, and the input span to quote.</summary>
internal sealed record Finding(string CueId, string Target, bool IsLesson, double Weight, int Clause, int EvidenceStart, int EvidenceEnd);
