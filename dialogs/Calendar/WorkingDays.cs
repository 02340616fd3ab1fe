using System.Collections.Concurrent;

namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// Which dates are working days: one of <see cref="Days"/> and no Dutch public holiday under
/// <see cref="Rules"/>. Reminders and the governance calendar both ask this, so a reminder never falls
/// on King's Day and a proposed round never starts on Easter Monday. Thread-safe; holidays are cached per year.
/// </summary>
public sealed class WorkingDays
{
    /// <summary>Far more than any run of days off (a week plus Christmas), so a bad configuration fails loudly instead of looping.</summary>
    private const int MaxSteps = 31;

    private readonly ConcurrentDictionary<int, HashSet<DateOnly>> _holidays = new();

    public WorkingDays(HolidayRules rules, IReadOnlySet<DayOfWeek> days)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentNullException.ThrowIfNull(days);
        if (days.Count == 0)
        {
            throw new ArgumentException("At least one working day of the week is needed.", nameof(days));
        }

        Rules = rules;
        Days = days;
    }

    /// <summary>Monday to Friday, default holiday rules.</summary>
    public static WorkingDays Netherlands { get; } = new(HolidayRules.Default, new HashSet<DayOfWeek>
    {
        DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday,
    });

    public HolidayRules Rules { get; }

    public IReadOnlySet<DayOfWeek> Days { get; }

    public bool IsHoliday(DateOnly date) =>
        _holidays.GetOrAdd(date.Year, year => [.. DutchHolidays.For(year, Rules).Select(h => h.Date)]).Contains(date);

    public bool IsWorkingDay(DateOnly date) => Days.Contains(date.DayOfWeek) && !IsHoliday(date);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the first working day after it.</summary>
    public DateOnly NextWorkingDay(DateOnly date) => Step(date, 1);

    /// <summary><paramref name="date"/> itself when it is a working day, otherwise the last working day before it (for deadlines).</summary>
    public DateOnly PreviousWorkingDay(DateOnly date) => Step(date, -1);

    /// <summary>The working day <paramref name="count"/> working days after (or, negative, before) <paramref name="date"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly date, int count)
    {
        var direction = Math.Sign(count);
        for (var remaining = Math.Abs(count); remaining > 0; remaining--)
        {
            date = Step(date.AddDays(direction), direction);
        }

        return date;
    }

    private DateOnly Step(DateOnly date, int direction)
    {
        for (var i = 0; i <= MaxSteps; i++, date = date.AddDays(direction))
        {
            if (IsWorkingDay(date))
            {
                return date;
            }
        }

        throw new InvalidOperationException("No working day within a month: check the working-day settings.");
    }
}
