using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class SuppressionTheoryTests
{
    /// <summary>Every combination of 0–11 people per role: only groups of at least N show, and the total is exactly the shown groups.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(10)]
    public void Aggregate_EveryCombination_HiddenPeopleCountNowhere(int n)
    {
        for (var o = 0; o < 12; o++)
        {
            for (var c = 0; c < 12; c++)
            {
                for (var k = 0; k < 12; k++)
                {
                    var round = RoundWith([.. Many(Role.Owner, o, 10), .. Many(Role.Client, c, 50), .. Many(Role.Contractor, k, 90)], n);
                    var aggregate = RoundAggregator.Aggregate(round);
                    var counts = new[] { o, c, k };
                    for (var i = 0; i < 3; i++)
                    {
                        Assert.Equal(counts[i] >= n, aggregate.Groups[i].IsShown);
                        if (!aggregate.Groups[i].IsShown)
                        {
                            Assert.Null(aggregate.Groups[i].Count);
                            Assert.Empty(aggregate.Groups[i].Means);
                        }
                    }

                    var shown = counts.Where(x => x >= n).Sum();
                    Assert.Equal(shown > 0, aggregate.Total.IsShown);
                    if (shown > 0)
                    {
                        // Total minus the shown groups is nobody: no hidden group can be worked out from it.
                        var sum = (o >= n ? o * 10 : 0) + (c >= n ? c * 50 : 0) + (k >= n ? k * 90 : 0);
                        Assert.Equal((shown, (int)Math.Round((decimal)sum / shown, MidpointRounding.AwayFromZero)), (aggregate.Total.Count!.Value, aggregate.Total.Mean(Savings)!.Value));
                    }
                }
            }
        }
    }

    public static TheoryData<int?, int> RequestedSizes => new()
    {
        { null, 5 }, { 1, 3 }, { 2, 3 }, { 3, 3 }, { 7, 7 }, { 10, 10 }, { 50, 10 },
    };

    [Theory]
    [MemberData(nameof(RequestedSizes))]
    public void Start_RequestedMinimumGroupSize_NeverBelowThree(int? requested, int expected)
    {
        var round = Round.Start("r1", "t1", "ISD", "29:c", Now, Now.AddDays(7), requested);

        Assert.Equal(expected, round.MinimumGroupSize);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Aggregate_Themes_OnlyFromTenRespondents(int respondents, bool shown)
    {
        var responses = Enumerable.Range(1, respondents).Select(i => Response("p" + i, Role.Owner, 50, 50, 50, Service));

        var aggregate = RoundAggregator.Aggregate(RoundWith(responses));

        Assert.Equal(shown, aggregate.Themes is not null);
    }
}
