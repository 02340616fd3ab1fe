using PartnershipBot.Dialogs.Calendar;
using PublicHoliday;

namespace PartnershipBot.Dialogs.Tests.Calendar;

/// <summary>The Dutch public holidays: known dates, the settings, and agreement with an independent computation.</summary>
public sealed class DutchHolidaysTests
{
    public static TheoryData<int, string, string> KnownDates => new()
    {
        { 2026, "easter-sunday", "2026-04-05" },
        { 2026, "easter-monday", "2026-04-06" },
        { 2026, "ascension-day", "2026-05-14" },
        { 2026, "whit-monday", "2026-05-25" },
        { 2026, "kings-day", "2026-04-27" },
        { 2025, "kings-day", "2025-04-26" }, // the 27th was a Sunday
        { 2027, "easter-monday", "2027-03-29" },
        { 2028, "kings-day", "2028-04-27" },
    };

    [Theory]
    [MemberData(nameof(KnownDates))]
    public void For_Year_GivesTheKnownDate(int year, string id, string date)
    {
        var holiday = DutchHolidays.For(year, HolidayRules.Default).Single(h => h.Id == id);

        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), holiday.Date);
    }

    [Theory]
    [InlineData(LiberationDayRule.Never, 2025, false)]
    [InlineData(LiberationDayRule.LustrumYears, 2025, true)]
    [InlineData(LiberationDayRule.LustrumYears, 2026, false)]
    [InlineData(LiberationDayRule.EveryYear, 2026, true)]
    public void For_LiberationDaySetting_DecidesWhetherFiveMayIsOff(LiberationDayRule rule, int year, bool off)
    {
        var days = DutchHolidays.For(year, new HolidayRules(false, rule));

        Assert.Equal(off, days.Any(d => d.Date == new DateOnly(year, 5, 5)));
    }

    [Fact]
    public void For_GoodFridaySetting_AddsTheFridayBeforeEaster()
    {
        Assert.DoesNotContain(DutchHolidays.For(2026, HolidayRules.Default), h => h.Id == "good-friday");
        Assert.Contains(DutchHolidays.For(2026, new HolidayRules(true, LiberationDayRule.Never)), h => h.Date == new DateOnly(2026, 4, 3));
    }

    /// <summary>
    /// The PublicHoliday package computes the same days off for 2014 (the first King's Day) to 2060. It leaves
    /// out the Sundays (off anyway) and may count Good Friday and Liberation Day, which ours leave to the
    /// collective-agreement settings; those are compared apart.
    /// </summary>
    [Fact]
    public void For_EveryYear2014To2060_AgreesWithThePublicHolidayPackage()
    {
        var reference = new DutchPublicHoliday();
        var rules = new HolidayRules(GoodFridayOff: false, LiberationDay: LiberationDayRule.Never);
        for (var year = 2014; year <= 2060; year++)
        {
            var ours = DutchHolidays.For(year, rules).Select(h => h.Date).Where(d => d.DayOfWeek != DayOfWeek.Sunday).ToHashSet();
            var settingDays = new[] { DutchHolidays.EasterSunday(year).AddDays(-2), new DateOnly(year, 5, 5) };
            var theirs = reference.PublicHolidays(year)
                .Select(DateOnly.FromDateTime)
                .Where(d => d.DayOfWeek != DayOfWeek.Sunday && (ours.Contains(d) || !settingDays.Contains(d)))
                .ToHashSet();

            Assert.True(theirs.SetEquals(ours), $"{year}: package {string.Join(",", theirs.Order())} / ours {string.Join(",", ours.Order())}");
        }
    }
}
