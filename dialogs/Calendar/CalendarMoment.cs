namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// One dated moment. <see cref="FiscalYear"/> is the budget or accounts year it concerns (next year's
/// budget, last year's accounts); <see cref="IsEdited"/> says the consultant set the date, not the law.
/// </summary>
public sealed record CalendarMoment(PlanningMoment Kind, DateOnly Date, int FiscalYear, bool IsEdited);
