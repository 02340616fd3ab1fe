using System.ComponentModel.DataAnnotations;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Reminders;

namespace PartnershipBot.Scheduling;

/// <summary>Settings under <c>Reminders</c>: working hours, pacing of proactive sends, misfire tolerance.</summary>
internal sealed class ReminderOptions
{
    public const string Section = "Reminders";

    [Required]
    public string TimeZone { get; set; } = "Europe/Amsterdam";

    public TimeSpan WorkdayStart { get; set; } = TimeSpan.FromHours(9);

    /// <summary>Exclusive; <c>1.00:00:00</c> means until midnight.</summary>
    public TimeSpan WorkdayEnd { get; set; } = TimeSpan.FromHours(17);

    /// <summary>Null means Monday to Friday (a bound array would be appended to a default, not replace it).</summary>
    public DayOfWeek[]? WorkingDays { get; set; }

    /// <summary>Teams allows 7 messages per second per conversation.</summary>
    [Range(1, 1000)]
    public int ConversationMessagesPerSecond { get; set; } = 7;

    /// <summary>Teams allows 60 messages per 30 seconds per conversation.</summary>
    [Range(1, 10000)]
    public int ConversationMessagesPerWindow { get; set; } = 60;

    public TimeSpan ConversationWindow { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per app per tenant: 50 RPS documented; a margin below it by default.</summary>
    [Range(1, 1000)]
    public int TenantRequestsPerSecond { get; set; } = 30;

    /// <summary>How late a reminder may fire before it counts as missed (it then fires once, at start-up).</summary>
    public TimeSpan MisfireThreshold { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// With PostgreSQL (a clustered scheduler): how often each instance records that it is alive, and how
    /// long past a missed check-in the others wait before they take over its due reminders.
    /// </summary>
    public TimeSpan ClusterCheckinInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// How long an idle scheduler waits before it looks for due reminders again. A reminder scheduled on
    /// this instance wakes it at once; one scheduled by another instance is seen within this time.
    /// </summary>
    public TimeSpan SchedulerPollInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>This instance's name in the scheduler cluster; empty means generated (machine name and start time).</summary>
    public string? SchedulerInstanceId { get; set; }

    /// <summary>The days off that depend on the collective agreement, bound from the <c>Calendar</c> section (not from <c>Reminders</c>).</summary>
    public HolidaySettings Holidays { get; } = new();

    /// <summary>Working days and hours; Dutch public holidays are never working days.</summary>
    public WorkingHours ToWorkingHours()
    {
        var days = WorkingDays is { Length: > 0 } configured ? new HashSet<DayOfWeek>(configured) : WorkingHours.WeekDays;
        return new(
            TimeZoneInfo.FindSystemTimeZoneById(TimeZone),
            WorkdayStart,
            WorkdayEnd,
            days,
            new Dialogs.Calendar.WorkingDays(new HolidayRules(Holidays.GoodFridayOff, Holidays.LiberationDay), days));
    }
}
