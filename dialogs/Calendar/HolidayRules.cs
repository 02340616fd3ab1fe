namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// The days off that depend on a collective agreement rather than on custom: Good Friday and
/// Liberation Day. The defaults follow what most municipal employers give.
/// </summary>
public sealed record HolidayRules(bool GoodFridayOff, LiberationDayRule LiberationDay)
{
    public static HolidayRules Default { get; } = new(false, LiberationDayRule.LustrumYears);
}
