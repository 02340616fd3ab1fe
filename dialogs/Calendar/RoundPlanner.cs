namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// Proposes rounds around the moments where a check matters most: before the draft budget goes to the
/// councils (owners are tempted to book savings there) and before the frameworks for next year are set.
/// </summary>
public static class RoundPlanner
{
    public const int DefaultWeeksBefore = 6;
    public const int RoundDays = 14;

    public static readonly IReadOnlyList<PlanningMoment> Anchors = [PlanningMoment.DraftBudget, PlanningMoment.Frameworks];

    /// <summary>Proposals whose start is not before <paramref name="today"/>, earliest first.</summary>
    public static IReadOnlyList<RoundProposal> Propose(GovernanceCalendar calendar, DateOnly today, WorkingDays workingDays, int weeksBefore = DefaultWeeksBefore)
    {
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(workingDays);
        ArgumentOutOfRangeException.ThrowIfLessThan(weeksBefore, 3);
        return [.. Anchors
            .Select(kind => calendar[kind])
            .Select(moment => Proposal(moment, weeksBefore, workingDays))
            .Where(p => p.StartOn >= today)
            .OrderBy(p => p.StartOn)];
    }

    private static RoundProposal Proposal(CalendarMoment moment, int weeksBefore, WorkingDays workingDays)
    {
        var start = workingDays.NextWorkingDay(moment.Date.AddDays(-7 * weeksBefore));
        var closes = workingDays.PreviousWorkingDay(start.AddDays(RoundDays));
        return new RoundProposal(moment, weeksBefore, start, closes);
    }
}
