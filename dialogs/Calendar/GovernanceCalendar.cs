namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// A partnership's planning &amp; control moments in one calendar year: the Wgr's latest dates (as changed
/// on 1 July 2022), with the consultant's own dates where they set one. Derived moments follow what they
/// hang on: moving the general board's meeting moves the draft budget's date unless that was set too.
/// </summary>
public sealed record GovernanceCalendar(int Year, IReadOnlyList<CalendarMoment> Moments)
{
    /// <summary>The councils' term for their views, and so the draft budget's lead time (art. 35).</summary>
    public const int ViewsTermWeeks = 12;

    /// <summary>The adopted budget goes to the province within this many weeks (art. 34(2)).</summary>
    public const int ProvinceTermWeeks = 2;

    public CalendarMoment this[PlanningMoment kind] => Moments.Single(m => m.Kind == kind);

    /// <summary>The calendar for <paramref name="year"/>; <paramref name="edits"/> are dates the consultant set (other years' edits are ignored).</summary>
    public static GovernanceCalendar For(int year, IReadOnlyDictionary<PlanningMoment, DateOnly>? edits, WorkingDays workingDays)
    {
        ArgumentNullException.ThrowIfNull(workingDays);
        edits ??= new Dictionary<PlanningMoment, DateOnly>();
        var moments = new Dictionary<PlanningMoment, CalendarMoment>();

        CalendarMoment Set(PlanningMoment kind, DateOnly lawDate, int fiscalYear) =>
            moments[kind] = edits.TryGetValue(kind, out var edited) && edited.Year == year
                ? new CalendarMoment(kind, edited, fiscalYear, true)
                : new CalendarMoment(kind, lawDate, fiscalYear, false);

        // Latest dates by law. Deadlines are "before" a date, so a day off moves them earlier, never later.
        Set(PlanningMoment.Frameworks, workingDays.PreviousWorkingDay(new DateOnly(year, 4, 30)), year + 1);
        Set(PlanningMoment.ProvisionalAccounts, workingDays.PreviousWorkingDay(new DateOnly(year, 4, 30)), year - 1);
        Set(PlanningMoment.AccountsToProvince, workingDays.PreviousWorkingDay(new DateOnly(year, 7, 14)), year - 1);
        var toProvince = Set(PlanningMoment.BudgetToProvince, workingDays.PreviousWorkingDay(new DateOnly(year, 9, 14)), year + 1);
        // Without a board date of its own, the latest adoption that still leaves the province's two weeks.
        var adoption = Set(PlanningMoment.BudgetAdoption, workingDays.PreviousWorkingDay(toProvince.Date.AddDays(-7 * ProvinceTermWeeks)), year + 1);
        var draft = Set(PlanningMoment.DraftBudget, workingDays.PreviousWorkingDay(adoption.Date.AddDays(-7 * ViewsTermWeeks)), year + 1);
        Set(PlanningMoment.CouncilViews, workingDays.PreviousWorkingDay(draft.Date.AddDays(7 * ViewsTermWeeks)), year + 1);
        // Councils adopt their own budgets in October–November; the first of November is a fair middle.
        Set(PlanningMoment.MunicipalBudgets, workingDays.NextWorkingDay(new DateOnly(year, 11, 1)), year + 1);

        return new GovernanceCalendar(year, [.. moments.Values.OrderBy(m => m.Date).ThenBy(m => m.Kind)]);
    }
}
