using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Dialogs.Tests.Rounds.RoundFixtures;

namespace PartnershipBot.Dialogs.Tests.Rounds;

/// <summary>
/// The release rule: no two views of one round show different figures for a group unless that group
/// gained at least N respondents in between, the total never holds anyone a shown group does not, and a
/// closed round's figures never change.
/// </summary>
public class ReleaseRuleTests
{
    [Fact]
    public void Release_SixthOwnerAfterFive_ShowsTheSameFiguresSoNothingCanBeSubtracted()
    {
        // The attack from the issue: 5 owners released, a sixth answers, results are asked for again.
        var five = new[] { (20, 90, 30), (25, 85, 20), (22, 88, 26), (18, 92, 28), (25, 85, 26) };
        var round = Open(5);
        for (var i = 0; i < five.Length; i++)
        {
            round = Answer(round, "o" + i, Role.Owner, five[i]);
        }

        round = RoundReleaser.Release(round, Now, null, null);
        var first = round.LatestRelease!;
        round = Answer(round, "o6", Role.Owner, (18, 83, 17));

        var again = RoundReleaser.Release(round, Now.AddHours(1), null, null);

        Assert.False(RoundReleaser.CanRelease(again));
        Assert.Same(first, again.LatestRelease);
        Assert.Equal(5, again.LatestRelease!.Aggregate.Groups[0].Count);
    }

    [Fact]
    public void Release_HiddenManagementGroup_StaysOutOfEveryFigureUntilItIsABlock()
    {
        var round = Open(5);
        round = Many(round, Role.Owner, 5, 40);
        round = Many(round, Role.Client, 5, 60);
        round = Answer(round, "k1", Role.Contractor, (90, 90, 90));
        round = Answer(round, "k2", Role.Contractor, (80, 80, 80));
        round = RoundReleaser.Release(round, Now, null, null);
        var before = round.LatestRelease!.Aggregate;

        // One more manager answers: three of them, still fewer than five.
        round = Answer(round, "k3", Role.Contractor, (70, 70, 70));
        round = RoundReleaser.Close(round, Now.AddDays(1), null, null);
        var after = round.FinalRelease!.Aggregate;

        Assert.False(after.Groups[2].IsShown);
        Assert.Equal(before.Total.Means, after.Total.Means);
        Assert.Equal(10, after.Total.Count);
    }

    [Fact]
    public void Close_ThenWithdrawAndRedo_FinalReleaseNeverChanges()
    {
        var round = Many(Open(3), Role.Owner, 4, 30);
        round = Many(round, Role.Client, 3, 70, prefix: "c");
        var closed = RoundReleaser.Close(round, Now, null, null);
        var final = Json(closed.FinalRelease!);

        var later = closed.Withdraw("o1").Withdraw("c2").Record(new RoundResponse("o3", Role.Client, Risks((99, 99, 99)), [], Now));
        later = RoundReleaser.Close(later, Now.AddDays(3), null, null);
        later = RoundReleaser.Release(later, Now.AddDays(4), null, null);

        Assert.Equal(final, Json(later.FinalRelease!));
        Assert.Single(later.ReleaseHistory);
        Assert.DoesNotContain(later.Responses, r => r.ParticipantId is "o1" or "c2");
    }

    [Fact]
    public void Record_AfterRelease_TheReleasedCheckStaysAsItCounted()
    {
        var round = RoundReleaser.Release(Many(Open(3), Role.Owner, 3, 30), Now, null, null);

        var redone = round.Record(new RoundResponse("o1", Role.Client, Risks((90, 90, 90)), [], Now.AddHours(1)));

        Assert.Same(round, redone);
    }

    [Fact]
    public void Close_WithTwelve_ThemesOnlyInTheFinalRelease()
    {
        var round = Open(3);
        foreach (var response in Twelve())
        {
            round = round.Join(response.ParticipantId).Record(response);
        }

        var interim = RoundReleaser.Release(round, Now, null, null);
        var closed = RoundReleaser.Close(interim, Now.AddDays(1), null, null);

        Assert.Null(interim.LatestRelease!.Aggregate.Themes);
        Assert.Equal([new ThemeCount(Service, 3), new ThemeCount(Savings, 2), new ThemeCount(Appearance, 1)], closed.FinalRelease!.Aggregate.Themes);
        Assert.Equal(Json(interim.LatestRelease.Aggregate.Groups), Json(closed.FinalRelease.Aggregate.Groups));
    }

    /// <summary>Random rounds: people answer, redo, leave, results are released at random moments, the round closes, people leave afterwards.</summary>
    [Theory]
    [InlineData(3, 1)]
    [InlineData(3, 2)]
    [InlineData(4, 3)]
    [InlineData(5, 4)]
    [InlineData(5, 5)]
    [InlineData(7, 6)]
    public void Release_RandomRespondentSequences_NoViewDiffersByFewerThanN(int n, int seed)
    {
        var random = new Random(seed);
        for (var run = 0; run < 60; run++)
        {
            var round = Open(n);
            var views = new List<RoundAggregate>();
            string? frozen = null;
            var people = 0;
            for (var step = 0; step < 80; step++)
            {
                var ids = round.Participants.ToList();
                switch (random.Next(10))
                {
                    case < 5:
                        var id = "p" + people++;
                        round = Answer(round, id, (Role)random.Next(4), (random.Next(101), random.Next(101), random.Next(101)));
                        break;
                    case 5 when ids.Count > 0:
                        var redo = ids[random.Next(ids.Count)];
                        round = round.Record(new RoundResponse(redo, (Role)random.Next(4), Risks((random.Next(101), random.Next(101), random.Next(101))), [], Now));
                        break;
                    case 6 when ids.Count > 0:
                        round = round.Withdraw(ids[random.Next(ids.Count)]);
                        break;
                    case 7 or 8:
                        round = RoundReleaser.Release(round, Now.AddMinutes(step), null, null);
                        break;
                    case 9 when step > 40:
                        round = RoundReleaser.Close(round, Now.AddMinutes(step), null, null);
                        break;
                }

                if (round.LatestRelease is { } latest)
                {
                    views.Add(latest.Aggregate);
                }

                if (round.FinalRelease is { } final)
                {
                    frozen ??= Json(final);
                    Assert.Equal(frozen, Json(final));
                }
            }

            AssertReleaseRule(views, n);
            Assert.All(round.AdmittedCohorts, c => Assert.True(c.Count >= n));
        }
    }

    private static void AssertReleaseRule(List<RoundAggregate> views, int n)
    {
        foreach (var view in views)
        {
            // The total holds exactly the shown groups: nothing hidden can be subtracted out of it.
            Assert.Equal(view.ShownGroups.Sum(g => g.Count ?? 0), view.Total.IsShown ? view.Total.Count : 0);
        }

        for (var a = 0; a < views.Count; a++)
        {
            for (var b = a + 1; b < views.Count; b++)
            {
                foreach (var (before, after) in views[a].Groups.Append(views[a].Total).Zip(views[b].Groups.Append(views[b].Total)))
                {
                    var changed = before.Count != after.Count || !before.Means.OrderBy(kv => kv.Key).SequenceEqual(after.Means.OrderBy(kv => kv.Key));
                    if (changed)
                    {
                        Assert.True((after.Count ?? 0) - (before.Count ?? 0) >= n, $"group {before.Role?.ToString() ?? "total"} changed by fewer than {n}");
                    }
                }
            }
        }
    }

    private static Round Open(int n) => Round.Start("r1", "t1", "ISD", "29:c", Now, Now.AddDays(14), n);

    private static Round Answer(Round round, string id, Role role, (int, int, int) risks) =>
        round.Join(id).Record(new RoundResponse(id, role, Risks(risks), [], Now));

    private static Round Many(Round round, Role role, int count, int risk, string prefix = "o")
    {
        for (var i = 1; i <= count; i++)
        {
            round = Answer(round, $"{prefix}{(prefix == "o" && role != Role.Owner ? role.ToString() : string.Empty)}{i}", role, (risk, risk, risk));
        }

        return round;
    }

    private static Dictionary<string, int> Risks((int Savings, int Service, int Appearance) r) =>
        new() { [Savings] = r.Savings, [Service] = r.Service, [Appearance] = r.Appearance };

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
