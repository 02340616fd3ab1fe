using System.Globalization;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Calendar;

/// <summary>The governance calendar's wording, Dutch first; used by its card and its iCalendar export.</summary>
public static class CalendarTexts
{
    public static string T(Language l, string nl, string en) => l == Language.Nl ? nl : en;

    public static CultureInfo Culture(Language l) => CultureInfo.GetCultureInfo(l == Language.Nl ? "nl-NL" : "en-GB");

    public static string Date(DateOnly date, Language l) => Content.Texts.DisplayDates.DayAndDate(date, l);

    public static string Name(PlanningMoment kind, int fiscalYear, Language l) => kind switch
    {
        PlanningMoment.Frameworks => T(l, $"Kadernota {fiscalYear} naar de raden", $"Budget frameworks {fiscalYear} to the councils"),
        PlanningMoment.ProvisionalAccounts => T(l, $"Voorlopige jaarrekening {fiscalYear} naar de raden", $"Provisional annual accounts {fiscalYear} to the councils"),
        PlanningMoment.DraftBudget => T(l, $"Ontwerpbegroting {fiscalYear} naar de raden", $"Draft budget {fiscalYear} to the councils"),
        PlanningMoment.CouncilViews => T(l, $"Zienswijzen van de raden op de ontwerpbegroting {fiscalYear}", $"Councils' views on the draft budget {fiscalYear} due"),
        PlanningMoment.AccountsToProvince => T(l, $"Jaarrekening {fiscalYear} naar de provincie", $"Annual accounts {fiscalYear} to the province"),
        PlanningMoment.BudgetAdoption => T(l, $"Algemeen bestuur stelt de begroting {fiscalYear} vast", $"General board adopts the budget {fiscalYear}"),
        PlanningMoment.BudgetToProvince => T(l, $"Begroting {fiscalYear} naar de provincie", $"Budget {fiscalYear} to the province"),
        _ => T(l, $"Gemeenteraden stellen hun begroting {fiscalYear} vast", $"Councils adopt their own budgets {fiscalYear}"),
    };

    /// <summary>Where the default date comes from, so a consultant can check it against their regeling.</summary>
    public static string Basis(PlanningMoment kind, Language l) => kind switch
    {
        PlanningMoment.Frameworks => T(l, "Wgr art. 34b: uiterlijk 30 april", "Wgr art. 34b: by 30 April"),
        PlanningMoment.ProvisionalAccounts => T(l, "Wgr art. 34b: uiterlijk 30 april", "Wgr art. 34b: by 30 April"),
        PlanningMoment.DraftBudget => T(l, "Wgr art. 35 lid 1: 12 weken vóór het algemeen bestuur besluit", "Wgr art. 35(1): 12 weeks before the general board decides"),
        PlanningMoment.CouncilViews => T(l, "Wgr art. 35 lid 3: binnen 12 weken na ontvangst", "Wgr art. 35(3): within 12 weeks of receipt"),
        PlanningMoment.AccountsToProvince => T(l, "Wgr art. 34 lid 3: vóór 15 juli", "Wgr art. 34(3): before 15 July"),
        PlanningMoment.BudgetAdoption => T(l, "Wgr art. 34 lid 1: uiterlijk twee weken vóór de termijn van de provincie", "Wgr art. 34(1): at the latest two weeks before the province's deadline"),
        PlanningMoment.BudgetToProvince => T(l, "Wgr art. 34 lid 2: binnen twee weken na vaststelling, vóór 15 september", "Wgr art. 34(2): within two weeks of adoption, before 15 September"),
        _ => T(l, "gebruikelijk in oktober–november", "usually October–November"),
    };

    public static string Proposal(RoundProposal p, Language l) => T(l,
        $"Start een ronde op {Date(p.StartOn, l)}, {p.WeeksBefore} weken vóór: {Lower(Name(p.Moment.Kind, p.Moment.FiscalYear, l))} ({Date(p.Moment.Date, l)}). Sluit de ronde op {Date(p.ClosesOn, l)}, dan zijn de uitkomsten er op tijd.",
        $"Start a round on {Date(p.StartOn, l)}, {p.WeeksBefore} weeks before: {Lower(Name(p.Moment.Kind, p.Moment.FiscalYear, l))} ({Date(p.Moment.Date, l)}). Close it on {Date(p.ClosesOn, l)} so the results are in time.");

    private static string Lower(string text) => string.Concat(text[..1].ToLowerInvariant(), text[1..]);
}
