using PartnershipBot.Dialogs.Calendar;

namespace PartnershipBot.Dialogs.Tests.Calendar;

/// <summary>The Wgr's planning &amp; control dates for a year, the consultant's own dates, and round proposals.</summary>
public sealed class GovernanceCalendarTests
{
    private static readonly WorkingDays Days = WorkingDays.Netherlands;

    public static TheoryData<int, PlanningMoment, string, int> WgrDefaults => new()
    {
        { 2027, PlanningMoment.Frameworks, "2027-04-30", 2028 },
        { 2027, PlanningMoment.ProvisionalAccounts, "2027-04-30", 2026 },
        { 2027, PlanningMoment.DraftBudget, "2027-06-08", 2028 },
        { 2027, PlanningMoment.CouncilViews, "2027-08-31", 2028 },
        { 2027, PlanningMoment.AccountsToProvince, "2027-07-14", 2026 },
        { 2027, PlanningMoment.BudgetAdoption, "2027-08-31", 2028 },
        { 2027, PlanningMoment.BudgetToProvince, "2027-09-14", 2028 },
        { 2027, PlanningMoment.MunicipalBudgets, "2027-11-01", 2028 },
        // 30 April 2028 is a Sunday and the 27th is King's Day: the deadline moves back to Friday 28 April.
        { 2028, PlanningMoment.Frameworks, "2028-04-28", 2029 },
        { 2028, PlanningMoment.BudgetToProvince, "2028-09-14", 2029 },
    };

    [Theory]
    [MemberData(nameof(WgrDefaults))]
    public void For_YearWithoutEdits_GivesTheWgrDate(int year, PlanningMoment kind, string date, int fiscalYear)
    {
        var moment = GovernanceCalendar.For(year, null, Days)[kind];

        Assert.Equal(D(date), moment.Date);
        Assert.Equal(fiscalYear, moment.FiscalYear);
        Assert.False(moment.IsEdited);
    }

    [Fact]
    public void For_EveryDefault_FallsOnAWorkingDayAndInTheYear()
    {
        for (var year = 2024; year <= 2040; year++)
        {
            var calendar = GovernanceCalendar.For(year, null, Days);

            Assert.Equal(Enum.GetValues<PlanningMoment>().Length, calendar.Moments.Count);
            Assert.All(calendar.Moments, m => Assert.True(Days.IsWorkingDay(m.Date) && m.Date.Year == year, $"{year} {m.Kind} {m.Date}"));
            Assert.True(calendar[PlanningMoment.DraftBudget].Date.AddDays(84) <= calendar[PlanningMoment.BudgetAdoption].Date);
            Assert.True(calendar[PlanningMoment.BudgetAdoption].Date.AddDays(14) <= calendar[PlanningMoment.BudgetToProvince].Date);
        }
    }

    [Fact]
    public void For_EditedBoardMeeting_MovesTheDraftBudgetAndTheViews()
    {
        var calendar = GovernanceCalendar.For(2027, new Dictionary<PlanningMoment, DateOnly> { [PlanningMoment.BudgetAdoption] = D("2027-07-01") }, Days);

        Assert.True(calendar[PlanningMoment.BudgetAdoption].IsEdited);
        Assert.Equal(D("2027-04-08"), calendar[PlanningMoment.DraftBudget].Date);
        Assert.Equal(D("2027-07-01"), calendar[PlanningMoment.CouncilViews].Date);
        Assert.Equal(D("2027-09-14"), calendar[PlanningMoment.BudgetToProvince].Date);
    }

    [Fact]
    public void For_EditOfAnotherYear_IsIgnored()
    {
        var calendar = GovernanceCalendar.For(2027, new Dictionary<PlanningMoment, DateOnly> { [PlanningMoment.DraftBudget] = D("2026-05-01") }, Days);

        Assert.Equal(D("2027-06-08"), calendar[PlanningMoment.DraftBudget].Date);
    }

    [Fact]
    public void Propose_Early2027_SixWeeksBeforeEachAnchorOnWorkingDays()
    {
        var calendar = GovernanceCalendar.For(2027, null, Days);

        var proposals = RoundPlanner.Propose(calendar, D("2027-01-10"), Days);

        Assert.Collection(
            proposals,
            frameworks =>
            {
                Assert.Equal(PlanningMoment.Frameworks, frameworks.Moment.Kind);
                Assert.Equal(D("2027-03-19"), frameworks.StartOn);
                Assert.Equal(D("2027-04-02"), frameworks.ClosesOn);
            },
            draft =>
            {
                // Six weeks before 8 June is Tuesday 27 April, King's Day: the round starts the day after.
                Assert.Equal(PlanningMoment.DraftBudget, draft.Moment.Kind);
                Assert.Equal(D("2027-04-28"), draft.StartOn);
                Assert.Equal(D("2027-05-12"), draft.ClosesOn);
            });
    }

    [Fact]
    public void Propose_AfterTheFrameworksRound_OffersOnlyTheDraftBudget()
    {
        var proposals = RoundPlanner.Propose(GovernanceCalendar.For(2027, null, Days), D("2027-04-01"), Days);

        Assert.Equal([PlanningMoment.DraftBudget], proposals.Select(p => p.Moment.Kind));
    }

    [Fact]
    public void Proposal_Dutch_NamesTheMomentAndTheDates()
    {
        var proposal = RoundPlanner.Propose(GovernanceCalendar.For(2027, null, Days), D("2027-04-01"), Days).Single();

        Assert.Equal(
            "Start een ronde op woensdag 28 april 2027, 6 weken vóór: ontwerpbegroting 2028 naar de raden (dinsdag 8 juni 2027). Sluit de ronde op woensdag 12 mei 2027, dan zijn de uitkomsten er op tijd.",
            CalendarTexts.Proposal(proposal, PartnershipBot.Dialogs.Conversation.Language.Nl));
    }

    private static DateOnly D(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
