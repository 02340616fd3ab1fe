using System.Text.RegularExpressions;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>Dates on the wire read the same to every reader: the month in words, never "4/12/2026".</summary>
public sealed partial class DatesHostTests : BotHostTest
{
    [Fact]
    public async Task English_ResultsAndHistory_ShowTheDateWithTheMonthInWords()
    {
        var user = new BotConversation(Host, Connector, locale: "en-GB");
        await user.SayAsync("quick check");
        BotConversation.Turn turn = null!;
        for (var i = 0; i < 12; i++)
        {
            turn = await user.SayAsync(i < 4 ? "1" : "3");
        }

        var results = ResultsHostTests.Flat(turn.Cards.First());
        var history = ResultsHostTests.Flat((await user.SayAsync("history")).LastCard);

        Assert.Matches(EnglishDate(), results);
        Assert.Matches(EnglishDate(), history);
        Assert.DoesNotMatch(NumericDate(), results);
        Assert.DoesNotMatch(NumericDate(), history);
    }

    [Fact]
    public async Task Dutch_History_ShowsTheDateInDutch()
    {
        var user = User();
        await user.SayAsync("snelle check");
        for (var i = 0; i < 12; i++)
        {
            await user.SayAsync(i < 4 ? "1" : "3");
        }

        var history = ResultsHostTests.Flat((await user.SayAsync("geschiedenis")).LastCard);

        Assert.Matches(DutchDate(), history);
        Assert.DoesNotMatch(NumericDate(), history);
    }

    [GeneratedRegex(@"\b\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}\b")]
    private static partial Regex EnglishDate();

    [GeneratedRegex(@"\b\d{1,2} (januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december) \d{4} · snelle check")]
    private static partial Regex DutchDate();

    [GeneratedRegex(@"\b\d{1,2}[-/]\d{1,2}[-/]\d{4}\b")]
    private static partial Regex NumericDate();
}
