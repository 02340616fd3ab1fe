using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

public class SuppressionTheoryTests
{
    private const Visibility S = Visibility.Shown;
    private const Visibility T = Visibility.TooFew;
    private const Visibility C = Visibility.Complementary;

    /// <summary>N; owners, clients, contractors; expected visibility of each; whether the total shows.</summary>
    public static TheoryData<int, int, int, int, Visibility, Visibility, Visibility, bool> Combinations => new()
    {
        // All groups at N: everything shows.
        { 5, 5, 5, 5, S, S, S, true },
        // Owners hidden alone would be total − clients − contractors: the smallest shown group (tie → role order: clients) hides too.
        { 5, 4, 6, 6, T, C, S, true },
        // Two hidden groups holding 2 + 3 = 5 ≥ N together: their combined mean may show, neither alone can be derived.
        { 5, 2, 3, 8, T, T, S, true },
        // Two hidden groups with only 1 + 1 = 2 < N together: the last shown group hides too; only the total (12) remains.
        { 5, 1, 1, 10, T, T, C, true },
        // An empty group hides nothing: subtraction gives "no one".
        { 5, 0, 6, 7, T, S, S, true },
        // One non-empty hidden group (clients, 2) next to an empty one: contractors hide too.
        { 5, 0, 2, 10, T, T, C, true },
        // Three small groups of 6 in total: the total may show, no group can be separated from it.
        { 5, 2, 2, 2, T, T, T, true },
        // Fewer than N people at all: not even the total shows.
        { 5, 1, 1, 1, T, T, T, false },
        // N = 3 (the lowest setting): contractors hidden alone; owners and clients tie at 3 → owners hide.
        { 3, 3, 3, 2, C, S, T, true },
        { 3, 3, 4, 5, S, S, S, true },
        // The smallest shown group hides, not the first one: owners 7 < clients 9.
        { 5, 7, 9, 3, C, S, T, true },
    };

    [Theory]
    [MemberData(nameof(Combinations))]
    public void Aggregate_GroupSizes_ShowOnlyWhatCannotBeWorkedOut(int n, int owners, int clients, int contractors, Visibility owner, Visibility client, Visibility contractor, bool totalShown)
    {
        var round = RoundWith([.. Many(Role.Owner, owners), .. Many(Role.Client, clients), .. Many(Role.Contractor, contractors)], n);

        var aggregate = RoundAggregator.Aggregate(round);

        Assert.Equal([owner, client, contractor], aggregate.Groups.Select(g => g.Visibility));
        Assert.Equal(totalShown, aggregate.Total.IsShown);
        Assert.All(aggregate.Groups.Where(g => !g.IsShown), g => Assert.Empty(g.Means));
        Assert.All(aggregate.Groups.Where(g => !g.IsShown), g => Assert.Null(g.Count));
    }

    public static TheoryData<int> Sizes => [3, 4, 5, 10];

    /// <summary>Every combination of 0–11 people per role: whenever the total shows, the hidden people are either nobody or at least two groups with N together.</summary>
    [Theory]
    [MemberData(nameof(Sizes))]
    public void Aggregate_EveryCombination_NoHiddenGroupCanBeDerivedFromTheTotal(int n)
    {
        for (var o = 0; o < 12; o++)
        {
            for (var c = 0; c < 12; c++)
            {
                for (var k = 0; k < 12; k++)
                {
                    var counts = new Dictionary<Role, int> { [Role.Owner] = o, [Role.Client] = c, [Role.Contractor] = k };
                    var visibility = RoundAggregator.Suppress(counts, n);
                    Assert.All(visibility.Where(v => v.Value == Visibility.Shown), v => Assert.True(counts[v.Key] >= n));
                    var hidden = visibility.Where(v => v.Value != Visibility.Shown && counts[v.Key] > 0).Select(v => counts[v.Key]).ToList();
                    if (o + c + k >= n)
                    {
                        Assert.True(hidden.Count == 0 || (hidden.Count >= 2 && hidden.Sum() >= n), $"{o}/{c}/{k} with N={n} leaks a hidden group");
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
        var responses = Enumerable.Range(1, respondents).Select(i => Response("p" + i, (Role)(i % 3), 50, 50, 50, Service));

        var aggregate = RoundAggregator.Aggregate(RoundWith(responses));

        Assert.Equal(shown, aggregate.Themes is not null);
    }
}
