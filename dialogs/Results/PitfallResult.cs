namespace PartnershipBot.Dialogs.Results;

/// <summary>
/// The score of one pitfall: <see cref="Risk"/> 0–100, its level, and the evidence both ways,
/// strongest first. <see cref="ContradictionPoints"/> is already included in <see cref="Risk"/>.
/// </summary>
public sealed record PitfallResult(
    string PitfallId,
    string Title,
    string Description,
    int Risk,
    RiskLevel Level,
    string LevelLabel,
    IReadOnlyList<EvidenceView> RaisedBy,
    IReadOnlyList<EvidenceView> LoweredBy,
    int ContradictionPoints,
    double ContextFactor)
{
    /// <summary>Every answer that moved the score, both ways (and the contradictions), strongest effect first.</summary>
    public IReadOnlyList<EvidenceView> Evidence { get; init; } = [];

    /// <summary>For <see cref="RiskLevel.Unknown"/>: why there is no score (too few answers), in the user's language.</summary>
    public string? NoScoreReason { get; init; }
}
