using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Dialogs.Tests.Support;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class AggregationTests
{
    [Fact]
    public void Aggregate_TwelveRespondents_HandComputedMeans()
    {
        var aggregate = RoundAggregator.Aggregate(RoundWith(Twelve()));

        // See RoundFixtures.Twelve for the arithmetic; halves round away from zero (62.5 → 63).
        Assert.Equal(12, aggregate.Respondents);
        Assert.Equal([Savings, Service, Appearance], aggregate.PitfallIds);
        Assert.Equal([30, 51, 20], Means(aggregate.Groups[0]));
        Assert.Equal([63, 23, 43], Means(aggregate.Groups[1]));
        Assert.Equal([75, 75, 65], Means(aggregate.Groups[2]));
        Assert.Equal([52, 48, 39], Means(aggregate.Total));
        Assert.Equal([5, 4, 3], aggregate.Groups.Take(3).Select(g => g.Count!.Value));
    }

    [Fact]
    public void Aggregate_Themes_CountPeopleNotMentions()
    {
        var aggregate = RoundAggregator.Aggregate(RoundWith(Twelve()));

        // c3 named the service theme twice: still one person. Clients c1–c3 → 3; owners o1, o2 → 2; o5 → 1.
        Assert.Equal([new ThemeCount(Service, 3), new ThemeCount(Savings, 2), new ThemeCount(Appearance, 1)], aggregate.Themes);
    }

    [Fact]
    public void Aggregate_OneAdvisor_FormsNoGroupAndCountsNowhere()
    {
        var aggregate = RoundAggregator.Aggregate(RoundWith([.. Twelve(), Response("a1", Role.Advisor, 100, 100, 100)]));

        Assert.Equal(12, aggregate.Respondents);
        Assert.Equal([52, 48, 39], Means(aggregate.Total));
        Assert.False(aggregate.Groups[3].IsShown);
    }

    [Fact]
    public void Aggregate_ThreeAdvisors_AreTheirOwnGroupAndInTheTotal()
    {
        var advisors = new[] { Response("a1", Role.Advisor, 90, 90, 90), Response("a2", Role.Advisor, 60, 60, 60), Response("a3", Role.Advisor, 30, 30, 30) };

        var aggregate = RoundAggregator.Aggregate(RoundWith([.. Twelve(), .. advisors]));

        Assert.Equal(Role.Advisor, aggregate.Groups[3].Role);
        Assert.Equal([60, 60, 60], Means(aggregate.Groups[3]));
        Assert.Equal(15, aggregate.Respondents);
        // Savings 625 + 180 = 805 / 15 = 53.67 → 54.
        Assert.Equal(54, aggregate.Total.Mean(Savings));
        // Gaps are explained between the partnership's own roles only.
        Assert.DoesNotContain(RoleGapAnalyzer.Analyze(aggregate), g => g.Higher == Role.Advisor || g.Lower == Role.Advisor);
    }

    [Fact]
    public void Aggregate_TenOrMore_ShowsTheShareAtHighRisk()
    {
        var responses = Enumerable.Range(1, 10).Select(i => Response("o" + i, Role.Owner, i <= 4 ? 80 : 20, 10, 10));

        var owners = RoundAggregator.Aggregate(RoundWith(responses)).Groups[0];

        Assert.Equal(40, owners.HighShare(Savings));
        Assert.Equal(0, owners.HighShare(Service));
        Assert.Null(RoundAggregator.Aggregate(RoundWith(Twelve())).Groups[0].HighShare(Savings));
    }

    [Fact]
    public void Withdraw_Participant_LeavesTheAggregates()
    {
        var round = RoundWith(Twelve()).Withdraw("o5");

        var aggregate = RoundAggregator.Aggregate(round);

        // Owners o1–o4: savings 110/4 = 27.5 → 28; service 200/4 = 50; appearance 70/4 = 17.5 → 18.
        Assert.Equal([28, 50, 18], Means(aggregate.Groups[0]));
        Assert.Equal(11, aggregate.Respondents);
        Assert.False(round.HasParticipant("o5"));

        // A second withdrawal drops contractors to 2 < 3: they hide and leave the total as well.
        var fewer = RoundAggregator.Aggregate(round.Withdraw("k3"));
        Assert.Equal([Visibility.Shown, Visibility.Shown, Visibility.TooFew, Visibility.TooFew], fewer.Groups.Select(g => g.Visibility));
        Assert.Equal(8, fewer.Total.Count);
    }

    [Fact]
    public void Record_NotJoinedOrClosed_IsIgnored()
    {
        var round = Round.Start("r1", "t1", "ISD", "29:c", Now, Now.AddDays(7), null);

        var stranger = round.Record(Response("x", Role.Owner, 1, 1, 1));
        var closed = Closed(round.Join("x")).Record(Response("x", Role.Owner, 1, 1, 1));

        Assert.Empty(stranger.Responses);
        Assert.Empty(closed.Responses);
        Assert.Equal(["x"], closed.NonRespondents);
    }

    [Fact]
    public void Record_SecondCheck_ReplacesTheFirst()
    {
        var round = RoundWith([Response("o1", Role.Owner, 10, 10, 10)]).Record(Response("o1", Role.Client, 90, 90, 90));

        Assert.Equal(Role.Client, Assert.Single(round.Responses).Role);
    }

    [Fact]
    public void RoundLevels_MatchTheItemBanksLevels()
    {
        var bank = TestContent.Catalog.Current;

        Assert.Equal((bank.ElevatedFrom, bank.HighFrom), (RoundLevels.ElevatedFrom, RoundLevels.HighFrom));
    }

    private static int[] Means(GroupResult group) => [.. new[] { Savings, Service, Appearance }.Select(p => group.Mean(p)!.Value)];
}
