using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class TrendTests
{
    [Fact]
    public void Compare_PreviousRound_OnlyGroupsShownBothTimes()
    {
        // Before: owners 3 × 40, clients 3 × 60, contractors 2 (hidden; owners hide with them: smallest, role order) → only clients and total.
        var previous = RoundAggregator.Aggregate(RoundWith([.. Many(Role.Owner, 3, 40), .. Many(Role.Client, 3, 60), .. Many(Role.Contractor, 2, 80)]));
        var current = RoundAggregator.Aggregate(RoundWith(Twelve()));

        var trend = RoundTrend.Compare(current, previous);

        // Previous total: (3·40 + 3·60 + 2·80) / 8 = 460 / 8 = 57.5 → 58 on every pitfall. Current total 52/48/39.
        // Clients: 60 → 63/23/43.
        Assert.Equal(
            [
                new TrendLine(null, Savings, 58, 52), new TrendLine(null, Service, 58, 48), new TrendLine(null, Appearance, 58, 39),
                new TrendLine(Role.Client, Savings, 60, 63), new TrendLine(Role.Client, Service, 60, 23), new TrendLine(Role.Client, Appearance, 60, 43),
            ],
            trend);
        Assert.Equal(-6, trend[0].Delta);
    }

    [Fact]
    public void Build_ResultsView_SuppressedRowsSayTooFewAndGapsExplain()
    {
        var round = RoundWith([.. Twelve(), .. Many(Role.Advisor, 1)], 5);

        var view = RoundResultsBuilder.Build(round, previous: null, Language.Nl);

        // N = 5: owners 5 shown; clients 4 too few; contractors 3 too few; two hidden groups with 7 ≥ 5 → no complementary.
        Assert.Equal(["5 deelnemers", "te weinig deelnemers", "te weinig deelnemers", "12 deelnemers"], view.Rows.Select(r => r.CountText));
        Assert.Equal(["30 van 100 · laag", "51 van 100 · verhoogd", "20 van 100 · laag"], view.Rows[0].Cells);
        Assert.Empty(view.Gaps);
        Assert.NotNull(view.NoGapsText);
        Assert.Contains("eerste ronde", view.TrendNote, StringComparison.Ordinal);
        Assert.Equal(3, view.Themes.Count);
    }

    [Fact]
    public void Build_ResultsViewEnglish_LargeGapWithSize()
    {
        var view = RoundResultsBuilder.Build(RoundWith(Twelve()), null, Language.En);

        Assert.Equal("large gap (52 points)", view.Gaps[0].SizeText);
        Assert.StartsWith("The clients expect their service to stay as it was, while the management", view.Gaps[0].Explanation, StringComparison.Ordinal);
        Assert.Equal("Unchanged service expected: Management (contractor) 75 against Clients 23", view.Gaps[0].Title);
    }
}
