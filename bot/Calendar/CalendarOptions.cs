using System.ComponentModel.DataAnnotations;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Reminders;

namespace PartnershipBot.Calendar;

/// <summary>Settings under <c>Calendar</c>: the days off that depend on the collective agreement.</summary>
internal sealed class CalendarOptions
{
    public const string Section = "Calendar";

    /// <summary>Good Friday is off under some collective agreements only.</summary>
    public bool GoodFridayOff { get; set; }

    /// <summary>Liberation Day (5 May): never, in lustrum years (default), or every year.</summary>
    [EnumDataType(typeof(LiberationDayRule))]
    public LiberationDayRule LiberationDay { get; set; } = LiberationDayRule.LustrumYears;

    public WorkingDays ToWorkingDays() => new(new HolidayRules(GoodFridayOff, LiberationDay), WorkingHours.WeekDays);
}
