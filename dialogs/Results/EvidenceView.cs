namespace PartnershipBot.Dialogs.Results;

/// <summary>
/// One answer that moved a pitfall's risk: <paramref name="Label"/> is the question's short text,
/// <paramref name="Contribution"/> the risk points it added (positive) or removed (negative).
/// </summary>
public sealed record EvidenceView(string ItemId, string Label, string AnswerLabel, double Contribution);
