using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Tests.Support;

/// <summary>Short-hand lookups on a report for assertions.</summary>
internal sealed record CheckReportAccessor(CheckReport Report)
{
    public PitfallResult Pitfall(string id) => Report.Pitfalls.Single(p => p.PitfallId == id);

    public int Risk(string id) => Pitfall(id).Risk;

    public RiskLevel Level(string id) => Pitfall(id).Level;
}
