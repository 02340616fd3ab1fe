namespace PartnershipBot.Dialogs.Calendar;

/// <summary>
/// The Dutch public holidays of a year, computed (no table to keep up to date): the fixed days, King's
/// Day, and the days that hang on Easter (Gregorian computus).
/// </summary>
public static class DutchHolidays
{
    public static IReadOnlyList<Holiday> For(int year, HolidayRules rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1583);
        var easter = EasterSunday(year);
        var kingsDay = new DateOnly(year, 4, 27);
        var days = new List<Holiday>
        {
            new(new DateOnly(year, 1, 1), "new-years-day"),
            new(easter, "easter-sunday"),
            new(easter.AddDays(1), "easter-monday"),
            // King's Day moves to the Saturday before when 27 April is a Sunday.
            new(kingsDay.DayOfWeek == DayOfWeek.Sunday ? kingsDay.AddDays(-1) : kingsDay, "kings-day"),
            new(easter.AddDays(39), "ascension-day"),
            new(easter.AddDays(49), "whit-sunday"),
            new(easter.AddDays(50), "whit-monday"),
            new(new DateOnly(year, 12, 25), "christmas-day"),
            new(new DateOnly(year, 12, 26), "boxing-day"),
        };
        if (rules.GoodFridayOff)
        {
            days.Add(new(easter.AddDays(-2), "good-friday"));
        }

        if (rules.LiberationDay == LiberationDayRule.EveryYear || (rules.LiberationDay == LiberationDayRule.LustrumYears && year % 5 == 0))
        {
            days.Add(new(new DateOnly(year, 5, 5), "liberation-day"));
        }

        return [.. days.OrderBy(d => d.Date)];
    }

    /// <summary>Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).</summary>
    public static DateOnly EasterSunday(int year)
    {
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
