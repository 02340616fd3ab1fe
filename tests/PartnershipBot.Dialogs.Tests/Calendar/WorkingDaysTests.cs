using PartnershipBot.Dialogs.Calendar;

namespace PartnershipBot.Dialogs.Tests.Calendar;

/// <summary>Working days: weekends and Dutch public holidays are skipped in both directions.</summary>
public sealed class WorkingDaysTests
{
    private static readonly WorkingDays Days = WorkingDays.Netherlands;

    public static TheoryData<string, string, string> Next => new()
    {
        { "a Tuesday stays", "2026-11-24", "2026-11-24" },
        { "Saturday to Monday", "2026-11-28", "2026-11-30" },
        { "King's Day (Monday 27 April 2026) to Tuesday", "2026-04-27", "2026-04-28" },
        { "Easter weekend and Monday to Tuesday", "2026-04-04", "2026-04-07" },
        { "Christmas Friday 2026 over the weekend to Monday", "2026-12-25", "2026-12-28" },
        { "Ascension Thursday to Friday", "2026-05-14", "2026-05-15" },
        { "Liberation Day 2025 (a lustrum year) is off", "2025-05-05", "2025-05-06" },
        { "Liberation Day 2026 is a working day by default", "2026-05-05", "2026-05-05" },
    };

    [Theory]
    [MemberData(nameof(Next))]
    public void NextWorkingDay_Date_SkipsDaysOff(string why, string date, string expected)
    {
        Assert.True(Days.NextWorkingDay(Parse(date)) == Parse(expected), why);
    }

    [Fact]
    public void PreviousWorkingDay_Sunday30April2028_IsFriday28April()
    {
        Assert.Equal(new DateOnly(2028, 4, 28), Days.PreviousWorkingDay(new DateOnly(2028, 4, 30)));
    }

    [Fact]
    public void AddWorkingDays_OverChristmas_CountsOnlyWorkingDays()
    {
        // Wed 23 Dec 2026 + 2 working days: Thu 24, then Fri 25 / Sat / Sun are skipped, Mon 28.
        Assert.Equal(new DateOnly(2026, 12, 28), Days.AddWorkingDays(new DateOnly(2026, 12, 23), 2));
        Assert.Equal(new DateOnly(2026, 12, 23), Days.AddWorkingDays(new DateOnly(2026, 12, 28), -2));
    }

    [Fact]
    public void IsWorkingDay_ConfiguredWeek_HolidayStillOff()
    {
        var sixDays = new WorkingDays(HolidayRules.Default, new HashSet<DayOfWeek> { DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday });

        Assert.True(sixDays.IsWorkingDay(new DateOnly(2026, 11, 28)));
        Assert.False(sixDays.IsWorkingDay(new DateOnly(2026, 12, 26)));
    }

    private static DateOnly Parse(string text) => DateOnly.Parse(text, System.Globalization.CultureInfo.InvariantCulture);
}
