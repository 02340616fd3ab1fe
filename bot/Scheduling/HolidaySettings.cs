using PartnershipBot.Dialogs.Calendar;

namespace PartnershipBot.Scheduling;

/// <summary>Good Friday (off under some collective agreements only) and Liberation Day (<c>LustrumYears</c> by default).</summary>
internal sealed class HolidaySettings
{
    public bool GoodFridayOff { get; set; }

    public LiberationDayRule LiberationDay { get; set; } = LiberationDayRule.LustrumYears;
}
