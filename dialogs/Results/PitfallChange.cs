namespace PartnershipBot.Dialogs.Results;

/// <summary>One pitfall compared with the previous check: <see cref="Delta"/> = current − previous risk.</summary>
public sealed record PitfallChange(
    string PitfallId,
    string Title,
    int PreviousRisk,
    RiskLevel PreviousLevel,
    int CurrentRisk,
    RiskLevel CurrentLevel,
    int Delta);
