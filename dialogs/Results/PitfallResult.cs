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
    double ContextFactor);
