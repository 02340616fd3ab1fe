using PartnershipBot.Dialogs.Reminders;

namespace PartnershipBot.Dialogs.Tests.Reminders;

/// <summary>Due times moved into working hours, Mon–Fri 09:00–17:00 Europe/Amsterdam, across DST changes.</summary>
public sealed class WorkingHoursTests
{
    private static readonly WorkingHours Hours = WorkingHours.Amsterdam;

    // (local Amsterdam wish, expected local Amsterdam due). 2026: DST starts Sun 29 March, ends Sun 25 October.
    public static TheoryData<string, string, string> Moves => new()
    {
        { "Friday evening to Monday morning", "2026-11-27T18:00", "2026-11-30T09:00" },
        { "Friday 17:00 is already after hours", "2026-11-27T17:00", "2026-11-30T09:00" },
        { "Saturday noon to Monday morning", "2026-11-28T12:00", "2026-11-30T09:00" },
        { "early Tuesday to that morning", "2026-11-24T06:30", "2026-11-24T09:00" },
        { "Tuesday night to Wednesday morning", "2026-11-24T23:59", "2026-11-25T09:00" },
        { "inside hours stays", "2026-11-24T10:15", "2026-11-24T10:15" },
        { "last working minute stays", "2026-11-24T16:59", "2026-11-24T16:59" },
        { "weekend of the spring change (CET to CEST)", "2026-03-28T10:00", "2026-03-30T09:00" },
        { "weekend of the autumn change (CEST to CET)", "2026-10-24T10:00", "2026-10-26T09:00" },
        { "Sunday night of the autumn change", "2026-10-25T02:30", "2026-10-26T09:00" },
    };

    [Theory]
    [MemberData(nameof(Moves))]
    public void NextWorkingMoment_LocalWish_MovesToTheNextWorkingMoment(string why, string wish, string expected)
    {
        var due = Hours.NextWorkingMoment(Amsterdam(wish));

        Assert.True(Amsterdam(expected) == due, $"{why}: expected {expected}, got {TimeZoneInfo.ConvertTime(due, Hours.Zone):yyyy-MM-ddTHH:mm}");
        Assert.True(Hours.IsWorking(due), why);
    }

    [Theory]
    [InlineData("2026-03-30T07:00:00Z", "summer time: 09:00 CEST is 07:00 UTC")]
    [InlineData("2026-10-26T08:00:00Z", "winter time: 09:00 CET is 08:00 UTC")]
    public void NextWorkingMoment_MondayAfterDstChange_UsesThatDaysOffset(string expectedUtc, string why)
    {
        var friday = DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture).AddDays(-3).AddHours(10);

        Assert.True(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture) == Hours.NextWorkingMoment(friday), why);
    }

    [Fact]
    public void NextWorkingMoment_SingleWorkingDay_WaitsForThatDay()
    {
        var wednesdays = Hours with { Days = new HashSet<DayOfWeek> { DayOfWeek.Wednesday } };

        var due = wednesdays.NextWorkingMoment(Amsterdam("2026-11-26T10:00"));

        Assert.True(Amsterdam("2026-12-02T09:00") == due);
    }

    [Fact]
    public void NextWorkingMoment_NoWorkingDays_Throws()
    {
        var never = Hours with { Days = new HashSet<DayOfWeek>() };

        Assert.Throws<InvalidOperationException>(() => never.NextWorkingMoment(Amsterdam("2026-11-26T10:00")));
    }

    private static DateTimeOffset Amsterdam(string local)
    {
        var time = DateTime.Parse(local, System.Globalization.CultureInfo.InvariantCulture);
        return new DateTimeOffset(time, Hours.Zone.GetUtcOffset(time));
    }
}
