using PartnershipBot.Cards.Actions;
using PartnershipBot.Dialogs.Actions;
using System.Text;
using System.Text.Json.Nodes;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Tests.Rounds;

/// <summary>The round cards obey the same rules as every other card: schema, size, fallback, labels, no colour alone.</summary>
public sealed class RoundCardTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    public static TheoryData<string> Names => [.. Cards().Keys];

    [Theory]
    [MemberData(nameof(Names))]
    public void RoundCard_Sample_IsValidSmallAndAccessible(string name)
    {
        var card = Cards()[name];

        Assert.Empty(SchemaValidator.Errors(card));
        Assert.True(Encoding.UTF8.GetByteCount(card.ToJsonString()) <= 28 * 1024, name + " is larger than 28 KB");
        Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]?.GetValue<string>()));
        Assert.Empty(ColourCheck.Unexplained(card));
        Assert.All(CardTree.Walk(card).Where(n => n.Type.StartsWith("Input.", StringComparison.Ordinal)), input =>
        {
            Assert.False(string.IsNullOrWhiteSpace(input.Get("label")), input.Type + " has no label");
            Assert.False(string.IsNullOrWhiteSpace(input.Get("errorMessage")), input.Type + " has no error message");
        });
        Assert.All(CardTree.Walk(card).Where(n => n.Type == "Action.Execute"), execute =>
            Assert.Equal("Action.Submit", execute.Node["fallback"]?["type"]?.GetValue<string>()));
    }

    [Fact]
    public void Invitation_Dutch_HasTakePartWithTheRoundId()
    {
        var card = RoundCards.Invitation(Language.Nl, "r-42", "ISD Rivierenland", "16 maart 2026", 5);

        var join = CardTree.Walk(card).Single(n => n.Type == "Action.Execute");
        Assert.Equal("Doe mee", join.Get("title"));
        Assert.Equal("r-42", join.Node["data"]!["roundId"]!.GetValue<string>());
        Assert.Equal(RoundCardActions.Join, join.Node["data"]!["action"]!.GetValue<string>());
    }

    [Fact]
    public void StartForm_English_DateAndNumberInputsWithinLimits()
    {
        var card = RoundCards.StartForm(Language.En, "Shared tax office", new DateOnly(2026, 3, 16));

        var number = CardTree.Walk(card).Single(n => n.Type == "Input.Number");
        Assert.Equal((3, 10, 5), (number.Node["min"]!.GetValue<int>(), number.Node["max"]!.GetValue<int>(), number.Node["value"]!.GetValue<int>()));
        Assert.Equal("2026-03-16", CardTree.Walk(card).Single(n => n.Type == "Input.Date").Get("value"));
        Assert.Equal("Shared tax office", CardTree.Walk(card).Single(n => n.Type == "Input.Text").Get("value"));
    }

    [Fact]
    public void Results_SuppressedGroup_SaysTooFewInWordsAndShowsNoNumbers()
    {
        var text = AllText(Cards()["results-nl"]);

        Assert.Contains("Opdrachtgevers · nog geen blok van 5 personen", text, StringComparison.Ordinal);
        Assert.Contains("30 van 100 · laag", text, StringComparison.Ordinal);
        Assert.DoesNotContain("63 van 100", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_ForTheChannel_NoActionsOnlyTheReleasedFigures()
    {
        var channel = Cards()["results-closed-nl"];
        var consultant = Cards()["results-en"];

        Assert.DoesNotContain(CardTree.Walk(channel), n => n.Type.StartsWith("Action.", StringComparison.Ordinal) || n.Type.StartsWith("Input.", StringComparison.Ordinal));
        Assert.Contains("Eindresultaten, vrijgegeven op 16 maart 2026.", AllText(channel), StringComparison.Ordinal);
        var share = CardTree.Walk(consultant).Single(n => n.Type == "Action.Execute" && n.Get("title") == "Share in channel");
        Assert.Equal(("roundShare", "2"), (share.Node["data"]!["action"]!.GetValue<string>(), share.Node["data"]!["roundRelease"]!.GetValue<string>()));
    }

    [Fact]
    public void Progress_SmallCounts_ShowAsFewerThanN()
    {
        var text = AllText(Cards()["progress-nl"]);

        // 12 joined, 5 owners, 4 clients, 3 managers, 0 advisors; N = 5.
        Assert.Contains("Doen mee 12", text, StringComparison.Ordinal);
        Assert.Contains("Check afgerond · Eigenaren 5", text, StringComparison.Ordinal);
        Assert.Contains("Check afgerond · Opdrachtgevers minder dan 5", text, StringComparison.Ordinal);
        Assert.Contains("Check afgerond · Adviseurs 0", text, StringComparison.Ordinal);
        Assert.DoesNotContain("van 100", text, StringComparison.Ordinal);
    }

    private static Dictionary<string, JsonObject> Cards()
    {
        var round = Sample();
        var interim = RoundReleaser.Release(round, Now, null, null);
        var previous = RoundReleaser.Close(round, Now.AddDays(-100), null, null);
        var closed = RoundReleaser.Close(interim, Now.AddDays(14), previous.FinalRelease, "r-0");
        return new Dictionary<string, JsonObject>
        {
            ["form-nl"] = RoundCards.StartForm(Language.Nl, null, new DateOnly(2026, 3, 16)),
            ["form-en"] = RoundCards.StartForm(Language.En, "ISD", new DateOnly(2026, 3, 16)),
            ["invitation-nl"] = RoundCards.Invitation(Language.Nl, round.Id, round.PartnershipName, "16 maart 2026", 5),
            ["invitation-en"] = RoundCards.Invitation(Language.En, round.Id, round.PartnershipName, "16 March 2026", 5),
            ["intro-nl"] = RoundCards.ParticipantIntro(Language.Nl, round.PartnershipName),
            ["intro-en"] = RoundCards.ParticipantIntro(Language.En, round.PartnershipName),
            ["unreachable-nl"] = RoundCards.NotReachable(Language.Nl, "Anne de Vries", round.PartnershipName),
            ["unreachable-en"] = RoundCards.NotReachable(Language.En, "Anne de Vries", round.PartnershipName),
            ["results-nl"] = RoundCards.Results(RoundResultsBuilder.Build(interim, interim.LatestRelease!, Language.Nl), RoundCardAudience.Consultant),
            ["results-en"] = RoundCards.Results(RoundResultsBuilder.Build(closed, closed.FinalRelease!, Language.En), RoundCardAudience.Consultant),
            ["results-closed-nl"] = RoundCards.Results(RoundResultsBuilder.Build(closed, closed.FinalRelease!, Language.Nl), RoundCardAudience.Channel),
            ["results-chart-actions-nl"] = RoundCards.Results(RoundResultsBuilder.Build(closed, closed.FinalRelease!, Language.Nl), RoundCardAudience.Consultant, new RoundResultsExtras(closed.FinalRelease!.Aggregate, "p-1", [Action])),
            ["action-form-nl"] = ActionCards.Form(new ActionPrefill("Het opstartbudget voorstellen aan het AB", "lesson:l-1", "Investeer eerst"), [new ActionScope(null, "Voor mijzelf"), new ActionScope("p-1", "ISD Rivierenland")], Language.Nl, new DateOnly(2026, 3, 17)),
            ["action-form-personal-en"] = ActionCards.Form(ActionPrefill.Empty, [new ActionScope(null, "For myself")], Language.En, new DateOnly(2026, 3, 17)),
            ["action-list-nl"] = ActionCards.List("p-1", "ISD Rivierenland", [Action], Language.Nl, new DateOnly(2026, 3, 17)),
            ["action-owner-en"] = ActionCards.Owner("p-1", "ISD Rivierenland", Action, Language.En),
            ["progress-nl"] = RoundCards.Progress(RoundProgressBuilder.Build(round, 20, Language.Nl)),
            ["progress-en"] = RoundCards.Progress(RoundProgressBuilder.Build(interim, null, Language.En)),
        };
    }

    private static readonly ActionItem Action = new("a-1", "Het opstartbudget voorstellen aan het AB", "Jan de Vries", null, new DateOnly(2026, 4, 1), ActionStatus.Open, Now, "29:consultant", null, "lesson:l-1", "Investeer eerst");

    /// <summary>Owners 5 (shown at N = 5), clients 4 and contractors 3 (too few).</summary>
    private static Round Sample()
    {
        var round = Round.Start("r-1", "t1", "ISD Rivierenland", "29:consultant", Now, Now.AddDays(14), 5);
        var responses = new (string Id, Role Role, int Risk)[]
        {
            ("o1", Role.Owner, 20), ("o2", Role.Owner, 30), ("o3", Role.Owner, 25), ("o4", Role.Owner, 35), ("o5", Role.Owner, 40),
            ("c1", Role.Client, 60), ("c2", Role.Client, 70), ("c3", Role.Client, 55), ("c4", Role.Client, 65),
            ("k1", Role.Contractor, 70), ("k2", Role.Contractor, 80), ("k3", Role.Contractor, 75),
        };
        foreach (var (id, role, risk) in responses)
        {
            var risks = new Dictionary<string, int> { ["owner-savings-target"] = risk, ["client-unchanged-service"] = risk, ["contractor-appearance-of-success"] = risk };
            round = round.Join(id).Record(new RoundResponse(id, role, risks, [], Now));
        }

        return round;
    }

    private static string AllText(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" ", o.Select(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : AllText(p.Value))),
        JsonArray a => string.Join(" ", a.Select(AllText)),
        _ => string.Empty,
    };
}
