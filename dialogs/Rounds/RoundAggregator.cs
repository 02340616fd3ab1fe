using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Turns released cohorts into group figures. A role group is shown only when whole cohorts (each of at
/// least N respondents) make it up; a role without one contributes nothing to any figure, the total
/// included, so no subtraction can reveal it. That replaces per-card complementary suppression with a
/// rule that holds across every release: each figure ever shown is a sum of whole cohorts.
/// Advisors form their own group under the same threshold.
/// </summary>
public static class RoundAggregator
{
    /// <summary>The groups a round shows, in card order.</summary>
    public static readonly IReadOnlyList<Role> Roles = [Role.Owner, Role.Client, Role.Contractor, Role.Advisor];

    /// <summary>The roles inside the partnership, between which role gaps are explained.</summary>
    public static readonly IReadOnlyList<Role> PartnershipRoles = [Role.Owner, Role.Client, Role.Contractor];

    /// <summary>Canonical order of the pitfalls (the domain's stable ids).</summary>
    public static readonly IReadOnlyList<string> KnownPitfalls = ["owner-savings-target", "client-unchanged-service", "contractor-appearance-of-success"];

    /// <summary>What a first release of every current response would show (a cohort per role with at least N).</summary>
    public static RoundAggregate Aggregate(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return Aggregate(round.Responses, round.MinimumGroupSize);
    }

    public static RoundAggregate Aggregate(IReadOnlyList<RoundResponse> responses, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var n = Math.Max(minimumGroupSize, GroupSize.Minimum);
        var cohorts = Roles
            .Select((role, i) => (Role: role, Members: responses.Where(r => r.Role == role).ToList(), Index: i))
            .Where(x => x.Members.Count >= n)
            .Select(x => Admit(x.Index, x.Role, x.Members, DateTimeOffset.MinValue))
            .ToList();
        var counted = responses.Where(r => cohorts.Any(c => c.Role == r.Role)).ToList();
        return FromCohorts(cohorts, n, counted.Count >= GroupSize.ThemeMinimum ? Themes(counted) : null);
    }

    /// <summary>A cohort from its members: their tallies per pitfall, nothing that names them.</summary>
    public static Cohort Admit(int index, Role role, IReadOnlyList<RoundResponse> members, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(members);
        var tallies = members
            .SelectMany(m => m.Risks)
            .GroupBy(kv => kv.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => new PitfallTally(g.Count(), g.Sum(kv => kv.Value), g.Count(kv => kv.Value >= RoundLevels.HighFrom)), StringComparer.Ordinal);
        return new Cohort(index, role, members.Count, tallies, now);
    }

    /// <summary>The figures of a set of cohorts; <paramref name="themes"/> as already decided by the caller.</summary>
    public static RoundAggregate FromCohorts(IReadOnlyList<Cohort> cohorts, int minimumGroupSize, IReadOnlyList<ThemeCount>? themes)
    {
        ArgumentNullException.ThrowIfNull(cohorts);
        var n = Math.Max(minimumGroupSize, GroupSize.Minimum);
        var pitfalls = PitfallsOf(cohorts);
        var groups = Roles.Select(role => Group(role, cohorts.Where(c => c.Role == role).ToList(), pitfalls)).ToList();
        var total = Group(null, cohorts, pitfalls);
        var respondents = cohorts.Sum(c => c.Count);
        return new RoundAggregate(n, respondents, pitfalls, groups, total, respondents >= GroupSize.ThemeMinimum ? themes : null);
    }

    /// <summary>Theme counts over the given responses (once per respondent), most frequent first.</summary>
    public static IReadOnlyList<ThemeCount> Themes(IEnumerable<RoundResponse> responses) =>
        [.. responses
            .SelectMany(r => r.ThemeIds.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => new ThemeCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Respondents)
            .ThenBy(t => t.ThemeId, StringComparer.Ordinal)];

    private static GroupResult Group(Role? role, IReadOnlyList<Cohort> cohorts, IReadOnlyList<string> pitfalls)
    {
        if (cohorts.Count == 0)
        {
            return new GroupResult(role, Visibility.TooFew, null, new Dictionary<string, int>());
        }

        var count = cohorts.Sum(c => c.Count);
        var tallies = pitfalls
            .Select(p => (Pitfall: p, Tally: cohorts.Where(c => c.Tallies.ContainsKey(p)).Select(c => c.Tallies[p]).Aggregate(new PitfallTally(0, 0, 0), (a, b) => a + b)))
            .Where(x => x.Tally.Respondents > 0)
            .ToList();
        var means = tallies.ToDictionary(x => x.Pitfall, x => RoundHalfAway(x.Tally.Sum, x.Tally.Respondents), StringComparer.Ordinal);
        var shares = count >= GroupSize.SpreadMinimum
            ? tallies.ToDictionary(x => x.Pitfall, x => RoundHalfAway(100 * x.Tally.High, x.Tally.Respondents), StringComparer.Ordinal)
            : null;
        return new GroupResult(role, Visibility.Shown, count, means, shares);
    }

    /// <summary>Whole points, halves away from zero (so 62.5 shows as 63, as people round).</summary>
    private static int RoundHalfAway(int sum, int count) => (int)Math.Round((decimal)sum / count, MidpointRounding.AwayFromZero);

    private static List<string> PitfallsOf(IReadOnlyList<Cohort> cohorts)
    {
        var seen = cohorts.SelectMany(c => c.Tallies.Keys).Distinct(StringComparer.Ordinal).ToList();
        return [.. KnownPitfalls.Where(seen.Contains), .. seen.Where(p => !KnownPitfalls.Contains(p)).Order(StringComparer.Ordinal)];
    }
}
