namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Releases a round's figures. The rule: responses enter the figures only in cohorts of at least N of one
/// role, admitted at a release and frozen from then on. So two views of one round show different figures
/// for a group only when that group gained at least N respondents in between, and every figure ever shown
/// is a sum of whole cohorts: no difference between any releases isolates fewer than N people. Leaving,
/// erasure or a repeated check never changes a released figure. Themes (counts, never words) appear only
/// in the final release, once, from at least <see cref="GroupSize.ThemeMinimum"/> released respondents.
/// </summary>
public static class RoundReleaser
{
    /// <summary>Responses of each role that wait for enough others before they can be released.</summary>
    public static IReadOnlyDictionary<Dialogs.Conversation.Role, int> Pending(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return RoundAggregator.Roles.ToDictionary(role => role, role => round.Responses.Count(r => r.Role == role && !r.IsReleased));
    }

    /// <summary>Whether a release now would show anything new.</summary>
    public static bool CanRelease(Round round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return round.IsOpen && Pending(round).Values.Any(count => count >= round.MinimumGroupSize);
    }

    /// <summary>
    /// An interim release of an open round: admits every role's pending responses that number at least N
    /// as a new cohort. When nothing can be admitted the round is unchanged, so asking again shows the
    /// same figures as before.
    /// </summary>
    public static Round Release(Round round, DateTimeOffset now, RoundRelease? previousRound, string? previousRoundId)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!round.IsOpen || !CanRelease(round))
        {
            return round;
        }

        return Publish(AdmitPending(round, now), now, final: false, previousRound, previousRoundId);
    }

    /// <summary>
    /// Closes an open round with its final release (also when it shows nothing new). A closed round is
    /// returned unchanged: its final release is frozen.
    /// </summary>
    public static Round Close(Round round, DateTimeOffset now, RoundRelease? previousRound, string? previousRoundId)
    {
        ArgumentNullException.ThrowIfNull(round);
        if (!round.IsOpen)
        {
            return round;
        }

        return Publish(AdmitPending(round, now), now, final: true, previousRound, previousRoundId).MarkClosed();
    }

    private static Round AdmitPending(Round round, DateTimeOffset now)
    {
        var cohorts = round.AdmittedCohorts.ToList();
        var responses = round.Responses.ToList();
        foreach (var role in RoundAggregator.Roles)
        {
            var pending = responses.Where(r => r.Role == role && !r.IsReleased).ToList();
            if (pending.Count < round.MinimumGroupSize)
            {
                continue;
            }

            var index = cohorts.Count;
            cohorts.Add(RoundAggregator.Admit(index, role, pending, now));
            responses = [.. responses.Select(r => pending.Contains(r) ? r with { Cohort = index } : r)];
        }

        return round with { Cohorts = cohorts, Responses = responses };
    }

    private static Round Publish(Round round, DateTimeOffset now, bool final, RoundRelease? previousRound, string? previousRoundId)
    {
        // Themes only once, in the final release: a theme count that changed between releases could echo one person.
        var themes = final ? RoundAggregator.Themes(round.Responses.Where(r => r.IsReleased)) : null;
        var aggregate = RoundAggregator.FromCohorts(round.AdmittedCohorts, round.MinimumGroupSize, themes);
        var trend = previousRound is null ? [] : RoundTrend.Compare(aggregate, previousRound.Aggregate);
        var comparison = previousRound is null || previousRoundId is null ? null : new RoundComparison(previousRoundId, previousRound.ReleasedAt);
        var release = new RoundRelease(round.ReleaseHistory.Count + 1, now, final, aggregate, trend, comparison);
        return round with { Releases = [.. round.ReleaseHistory, release] };
    }
}
