namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Where the roles disagree: per pitfall the largest difference between shown role means of the three
/// partnership roles (advisors look from outside). Hidden groups never take part, so a gap cannot leak
/// what suppression hides.
/// </summary>
public static class RoleGapAnalyzer
{
    public const int ClearPoints = 15;
    public const int LargePoints = 25;

    /// <summary>All gaps (also small ones), widest first; pitfalls with fewer than two shown groups have none.</summary>
    public static IReadOnlyList<RoleGap> Analyze(RoundAggregate aggregate)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        var gaps = new List<RoleGap>();
        foreach (var pitfall in aggregate.PitfallIds)
        {
            var views = aggregate.ShownGroups
                .Where(g => g.Role is { } role && RoundAggregator.PartnershipRoles.Contains(role) && g.Mean(pitfall) is not null)
                .Select(g => (Role: g.Role!.Value, Mean: g.Mean(pitfall)!.Value))
                .ToList();
            if (views.Count < 2)
            {
                continue;
            }

            // Ties keep the role order (owner, client, contractor), so the outcome never depends on chance.
            var higher = views.OrderByDescending(v => v.Mean).First();
            var lower = views.OrderBy(v => v.Mean).First();
            gaps.Add(new RoleGap(pitfall, higher.Role, lower.Role, higher.Mean, lower.Mean, SizeOf(higher.Mean - lower.Mean)));
        }

        return [.. gaps.OrderByDescending(g => g.Points)];
    }

    public static GapSize SizeOf(int points) => points switch
    {
        >= LargePoints => GapSize.Large,
        >= ClearPoints => GapSize.Clear,
        _ => GapSize.Small,
    };
}
