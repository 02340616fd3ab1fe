using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Turns a round's responses into group means under two confidentiality rules: a role group is shown
/// only with at least N respondents, and complementary suppression — when the total is shown, the
/// hidden groups together must hold at least N people and be more than one group, otherwise the
/// smallest shown group is hidden too (total minus shown groups would reveal the hidden one).
/// Only the three partnership roles count; advisors look from outside and are left out.
/// </summary>
public static class RoundAggregator
{
    public static readonly IReadOnlyList<Role> Roles = [Role.Owner, Role.Client, Role.Contractor];

    /// <summary>Canonical order of the pitfalls (the domain's stable ids).</summary>
    public static readonly IReadOnlyList<string> KnownPitfalls = ["owner-savings-target", "client-unchanged-service", "contractor-appearance-of-success"];

    public static RoundAggregate Aggregate(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return Aggregate(round.Responses, round.MinimumGroupSize);
    }

    public static RoundAggregate Aggregate(IReadOnlyList<RoundResponse> responses, int minimumGroupSize)
    {
        ArgumentNullException.ThrowIfNull(responses);
        var n = Math.Max(minimumGroupSize, GroupSize.Minimum);
        var counted = responses.Where(r => Roles.Contains(r.Role)).ToList();
        var pitfalls = PitfallsOf(counted);
        var byRole = Roles.ToDictionary(role => role, role => counted.Where(r => r.Role == role).ToList());
        var visibility = Suppress(Roles.ToDictionary(role => role, role => byRole[role].Count), n);
        var groups = Roles
            .Select(role => visibility[role] == Visibility.Shown
                ? new GroupResult(role, Visibility.Shown, byRole[role].Count, Means(byRole[role], pitfalls))
                : new GroupResult(role, visibility[role], null, new Dictionary<string, int>()))
            .ToList();
        var total = counted.Count >= n
            ? new GroupResult(null, Visibility.Shown, counted.Count, Means(counted, pitfalls))
            : new GroupResult(null, Visibility.TooFew, null, new Dictionary<string, int>());
        var themes = counted.Count >= GroupSize.ThemeMinimum ? Themes(counted) : null;
        return new RoundAggregate(n, counted.Count, pitfalls, groups, total, themes);
    }

    /// <summary>Primary suppression (fewer than n), then complementary suppression while the total is shown.</summary>
    internal static Dictionary<Role, Visibility> Suppress(IReadOnlyDictionary<Role, int> counts, int n)
    {
        var visibility = counts.ToDictionary(c => c.Key, c => c.Value >= n ? Visibility.Shown : Visibility.TooFew);
        if (counts.Values.Sum() < n)
        {
            return visibility; // no total is shown, so nothing can be subtracted from it
        }

        while (true)
        {
            var hidden = visibility.Where(v => v.Value != Visibility.Shown && counts[v.Key] > 0).Select(v => counts[v.Key]).ToList();
            var protectedEnough = hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum() >= n);
            var smallestShown = Roles.Where(r => visibility[r] == Visibility.Shown).OrderBy(r => counts[r]).Cast<Role?>().FirstOrDefault();
            if (protectedEnough || smallestShown is not { } next)
            {
                return visibility;
            }

            visibility[next] = Visibility.Complementary;
        }
    }

    private static List<string> PitfallsOf(List<RoundResponse> responses)
    {
        var seen = responses.SelectMany(r => r.Risks.Keys).Distinct(StringComparer.Ordinal).ToList();
        return [.. KnownPitfalls.Where(seen.Contains), .. seen.Where(p => !KnownPitfalls.Contains(p)).Order(StringComparer.Ordinal)];
    }

    /// <summary>Means in whole points, halves away from zero (so 62.5 shows as 63, as people round).</summary>
    private static Dictionary<string, int> Means(List<RoundResponse> responses, List<string> pitfalls) =>
        pitfalls
            .Select(p => (Pitfall: p, Risks: responses.Where(r => r.Risks.ContainsKey(p)).Select(r => r.Risks[p]).ToList()))
            .Where(x => x.Risks.Count > 0)
            .ToDictionary(x => x.Pitfall, x => (int)Math.Round(x.Risks.Average(), MidpointRounding.AwayFromZero), StringComparer.Ordinal);

    private static List<ThemeCount> Themes(List<RoundResponse> responses) =>
        [.. responses
            .SelectMany(r => r.ThemeIds.Distinct(StringComparer.Ordinal))
            .GroupBy(t => t, StringComparer.Ordinal)
            .Select(g => new ThemeCount(g.Key, g.Count()))
            .OrderByDescending(t => t.Respondents)
            .ThenBy(t => t.ThemeId, StringComparer.Ordinal)];
}
