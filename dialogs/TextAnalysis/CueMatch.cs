namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Where a cue matched: its token span, its clause, and the token positions its terms took.</summary>
internal sealed record CueMatch(CuePattern Cue, int First, int Last, int Clause, IReadOnlyList<int> Taken);
