using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Tests.Content.Texts;

public class DisplayDatesTests
{
    private static readonly DateOnly Friday = new(2026, 12, 4);

    [Fact]
    public void Date_English_NamesTheMonthSoTheOrderCannotBeMisread()
    {
        Assert.Equal("4 December 2026", DisplayDates.Date(Friday, Language.En));
        Assert.Equal("Friday 4 December 2026", DisplayDates.DayAndDate(Friday, Language.En));
    }

    [Fact]
    public void Date_Dutch_MonthAndWeekdayInLowerCase()
    {
        Assert.Equal("4 december 2026", DisplayDates.Date(Friday, Language.Nl));
        Assert.Equal("vrijdag 4 december 2026", DisplayDates.DayAndDate(Friday, Language.Nl));
        Assert.Equal("zondag 1 maart 2026", DisplayDates.DayAndDate(new DateOnly(2026, 3, 1), Language.Nl));
        Assert.Equal("31 mei 2027", DisplayDates.Date(new DateOnly(2027, 5, 31), Language.Nl));
    }

    [Theory]
    [InlineData(Language.Nl, "vrijdag 4 december 2026 om 09:00")]
    [InlineData(Language.En, "Friday 4 December 2026 at 09:00")]
    public void Moment_IsShownInAmsterdamTime(Language language, string expected) =>
        Assert.Equal(expected, DisplayDates.DayDateAndTime(new DateTimeOffset(2026, 12, 4, 8, 0, 0, TimeSpan.Zero), language));

    [Fact]
    public void Moment_JustAfterMidnightInAmsterdam_IsThatDayNotTheUtcOne()
    {
        var lateUtc = new DateTimeOffset(2026, 12, 3, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal("4 december 2026", DisplayDates.Date(lateUtc, Language.Nl));
        Assert.Equal("4 December 2026 at 00:30", DisplayDates.DateAndTime(lateUtc, Language.En));
    }
}
