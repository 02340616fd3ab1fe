namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// When to run a round so its results are in before a moment: start <see cref="WeeksBefore"/> weeks
/// before <see cref="Moment"/>, close two weeks later, both on working days.
/// </summary>
public sealed record RoundProposal(CalendarMoment Moment, int WeeksBefore, DateOnly StartOn, DateOnly ClosesOn);
