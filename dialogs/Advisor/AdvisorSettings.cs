namespace PartnershipBot.Dialogs.Advisor;

/// <summary>Retrieval and answer settings from advisor.json (validated ranges; see docs/advisor.md).</summary>
internal sealed record AdvisorSettings(int Candidates, double KeywordBoost, double AnalyzerBoost, double AlsoShare, int MaxInputLength);
