using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class TrendTests
{
    [Fact]
    public void Compare_PreviousRound_OnlyGroupsShownBothTimes()
    {
        // Before: owners 3 × 40, clients 3 × 60, contractors 2 (no block of 3: they count nowhere) → owners, clients and their total.
        var previous = RoundAggregator.Aggregate(RoundWith([.. Many(Role.Owner, 3, 40), .. Many(Role.Client, 3, 60), .. Many(Role.Contractor, 2, 80)]));
        var current = RoundAggregator.Aggregate(RoundWith(Twelve()));

        var trend = RoundTrend.Compare(current, previous);

        // Previous total: (3·40 + 3·60) / 6 = 50 on every pitfall. Current total 52/48/39; owners 30/51/20; clients 63/23/43.
        Assert.Equal(
            [
                new TrendLine(null, Savings, 50, 52), new TrendLine(null, Service, 50, 48), new TrendLine(null, Appearance, 50, 39),
                new TrendLine(Role.Owner, Savings, 40, 30), new TrendLine(Role.Owner, Service, 40, 51), new TrendLine(Role.Owner, Appearance, 40, 20),
                new TrendLine(Role.Client, Savings, 60, 63), new TrendLine(Role.Client, Service, 60, 23), new TrendLine(Role.Client, Appearance, 60, 43),
            ],
            trend);
        Assert.Equal(2, trend[0].Delta);
    }

    [Fact]
    public void Build_ResultsView_SuppressedRowsSayTooFewAndGapsExplain()
    {
        var round = Closed(RoundWith([.. Twelve(), .. Many(Role.Advisor, 1)], 5));

        var view = RoundResultsBuilder.Build(round, round.FinalRelease!, Language.Nl);

        // N = 5: owners 5 shown; clients 4, contractors 3 and the advisor form no block and count nowhere, the total included.
        var none = "nog geen blok van 5 personen";
        Assert.Equal(["5 deelnemers", none, none, none, "5 deelnemers"], view.Rows.Select(r => r.CountText));
        Assert.Equal(["30 van 100 · laag", "51 van 100 · verhoogd", "20 van 100 · laag"], view.Rows[0].Cells);
        Assert.Empty(view.Gaps);
        Assert.NotNull(view.NoGapsText);
        Assert.Contains("eerste ronde", view.TrendNote, StringComparison.Ordinal);
        // Themes need 10 released respondents: only the 5 owners are released.
        Assert.Empty(view.Themes);
    }

    [Fact]
    public void Build_ResultsViewEnglish_LargeGapWithSize()
    {
        var round = Closed(RoundWith(Twelve()));
        var view = RoundResultsBuilder.Build(round, round.FinalRelease!, Language.En);

        Assert.Equal("large gap (52 points)", view.Gaps[0].SizeText);
        Assert.StartsWith("The clients expect their service to stay as it was, while the management", view.Gaps[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("Unchanged service expected: Management (contractor) 75 against Clients 23", view.Gaps[0].Title);
    }
}
