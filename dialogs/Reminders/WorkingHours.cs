using PartnershipBot.Dialogs.Calendar;

namespace PartnershipBot.Dialogs.Reminders;

/// <summary>
/// When the bot may remind people: on working days between <see cref="Start"/> and <see cref="End"/>
/// local time in <see cref="Zone"/>. Pure arithmetic, so it is tested with plain instants rather
/// than a running clock. <see cref="End"/> is exclusive and may be 24:00 (a whole day). With
/// <see cref="Calendar"/> a Dutch public holiday is no working day either, so no reminder falls on one.
/// </summary>
public sealed record WorkingHours(TimeZoneInfo Zone, TimeSpan Start, TimeSpan End, IReadOnlySet<DayOfWeek> Days, WorkingDays? Calendar = null)
{
    /// <summary>Enough to step over any configured week plus the longest run of holidays (Christmas).</summary>
    private const int MaxDaysAhead = 31;

    public static IReadOnlySet<DayOfWeek> WeekDays { get; } = new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    };

    /// <summary>Mon–Fri 09:00–17:00 in Europe/Amsterdam.</summary>
    public static WorkingHours Amsterdam { get; } = new(
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam"), TimeSpan.FromHours(9), TimeSpan.FromHours(17), WeekDays, WorkingDays.Netherlands);

    public bool IsWorking(DateTimeOffset instant)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        return IsWorkingDay(local.Date) && local.TimeOfDay >= Start && local.TimeOfDay < End;
    }

    /// <summary>A configured day of the week that is no public holiday (when a calendar is set).</summary>
    public bool IsWorkingDay(DateTime localDate) =>
        Days.Contains(localDate.DayOfWeek) && Calendar?.IsHoliday(DateOnly.FromDateTime(localDate)) != true;

    /// <summary><paramref name="instant"/> itself when it is a working moment, else the start of the next working period.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant)
    {
        Validate();
        if (IsWorking(instant))
        {
            return instant;
        }

        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var day = local.Date;
        if (!IsWorkingDay(day) || local.TimeOfDay >= Start)
        {
            day = day.AddDays(1);
        }

        for (var i = 0; i <= MaxDaysAhead; i++, day = day.AddDays(1))
        {
            if (IsWorkingDay(day))
            {
                return StartOf(day);
            }
        }

        throw new InvalidOperationException("Working hours name no working day.");
    }

    /// <summary>The UTC instant of <see cref="Start"/> on a local <paramref name="date"/>; a start inside a DST gap moves to the gap's end.</summary>
    private DateTimeOffset StartOf(DateTime date)
    {
        var local = DateTime.SpecifyKind(date + Start, DateTimeKind.Unspecified);
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private void Validate()
    {
        if (Days.Count == 0 || Start < TimeSpan.Zero || End > TimeSpan.FromDays(1) || Start >= End)
        {
            throw new InvalidOperationException("Working hours need at least one day and a start before the end, within one day.");
        }
    }
}
