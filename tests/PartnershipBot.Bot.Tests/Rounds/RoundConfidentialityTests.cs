using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>
/// The attacks a consultant (or the channel) could try across time, through the real host: asking again
/// after each new respondent, rebuilding a hidden group, watching figures change after closing, and
/// borrowing another consultant's round by its name.
/// </summary>
public sealed class RoundConfidentialityTests : RoundHostTest
{
    [Fact]
    public async Task Results_AskedAgainAfterASixthOwner_ShowTheSameFiguresNoDifferenceToSubtract()
    {
        var invitation = await Scenario.StartAsync(minimumSize: "5");
        for (var i = 1; i <= 5; i++)
        {
            await AnswerAsync(invitation, $"29:o{i}", role: 0, option: i % 3);
        }

        var first = await ReleaseAsync();
        await AnswerAsync(invitation, "29:o6", role: 0, option: 4);

        var progress = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
        var again = RoundScenario.ResultsCard(RoundScenario.PrivateCards(progress));
        var secondRelease = await Consultant(progress).ExecuteAsync("p", RoundScenario.PrivateCards(progress)[0], "roundClose");

        // The sixth owner is in no figure: the same owner cells as released with five, also in the final release.
        Assert.Equal(Cells(first, "Eigenaren"), Cells(again, "Eigenaren"));
        Assert.Equal(Cells(first, "Eigenaren"), Cells(RoundScenario.ResultsCard(RoundScenario.PrivateCards(secondRelease)), "Eigenaren"));
        Assert.Contains("Eigenaren · 5 deelnemers", RoundHostTests.AllText(again), StringComparison.Ordinal);
        Assert.Empty(RoundScenario.ChannelCards(progress));
    }

    [Fact]
    public async Task HiddenManagementOfTwo_OneMoreManagerAnswers_NeverInAnyFigure()
    {
        var invitation = await Scenario.StartAsync(minimumSize: "5");
        for (var i = 1; i <= 5; i++)
        {
            await AnswerAsync(invitation, $"29:o{i}", role: 0, option: 0);
            await AnswerAsync(invitation, $"29:c{i}", role: 1, option: 2);
        }

        await AnswerAsync(invitation, "29:k1", role: 2, option: 4);
        await AnswerAsync(invitation, "29:k2", role: 2, option: 4);
        var before = await ReleaseAsync();
        await AnswerAsync(invitation, "29:k3", role: 2, option: 4);

        var closed = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");
        var after = RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed));

        Assert.Equal(Cells(before, "Alle getoonde groepen"), Cells(after, "Alle getoonde groepen"));
        Assert.Contains("Alle getoonde groepen · 10 deelnemers", RoundHostTests.AllText(after), StringComparison.Ordinal);
        Assert.Contains("Directie (opdrachtnemer) · nog geen blok van 5 personen", RoundHostTests.AllText(after), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AfterClosing_LeavingAndErasure_ReleasedFiguresStayTheSame()
    {
        var invitation = await Scenario.StartAsync();
        var chats = new Dictionary<string, string>();
        for (var i = 1; i <= 4; i++)
        {
            chats[$"29:o{i}"] = await AnswerAsync(invitation, $"29:o{i}", role: 0, option: i);
            chats[$"29:c{i}"] = await AnswerAsync(invitation, $"29:c{i}", role: 1, option: 4 - i);
        }

        var closed = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");
        var roundId = RoundScenario.RoundId(invitation);
        var final = Json((await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round.FinalRelease);

        await Scenario.Personal("29:o1", chats["29:o1"]).SayAsync("mijn ronde verlaten");
        var eraser = Scenario.Personal("29:c2", chats["29:c2"]);
        await eraser.SubmitAsync("c", (await eraser.SayAsync("verwijder mijn gegevens")).LastCard, "deleteDataConfirmed");

        var stored = (await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!;
        Assert.Equal(final, Json(stored.Round.FinalRelease));
        Assert.DoesNotContain(stored.Round.Responses, r => r.ParticipantId is "29:o1" or "29:c2");
        Assert.DoesNotContain("29:c2", stored.Contacts.Keys);
        var shown = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
        Assert.Equal(Cells(RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed)), "Eigenaren"), Cells(RoundScenario.ResultsCard(RoundScenario.PrivateCards(shown)), "Eigenaren"));
    }

    [Fact]
    public async Task SameNameInAnotherChannel_IsAnotherPartnershipWithoutTheFirstOnesTrend()
    {
        var invitation = await Scenario.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await AnswerAsync(invitation, $"29:o{i}", role: 0, option: 0);
        }

        await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");

        // A second consultant, another channel of the same tenant, the same name in other casing.
        const string other = "19:other-channel@thread.tacv2";
        var second = Scenario.InChannel("29:consultant-2", other);
        var form = (await second.SayAsync("ronde starten")).LastCard;
        var theirs = (await second.SubmitAsync("f", form, "roundStart", ("roundName", "isd rivierenland"), ("roundClosingDate", "2099-03-16"), ("roundMinimumSize", "3"))).Cards.Last();
        for (var i = 1; i <= 3; i++)
        {
            var (_, personal) = await Scenario.JoinAsync($"29:x{i}", theirs, other);
            await Scenario.AnswerQuickCheckAsync($"29:x{i}", personal!, 0, 4);
        }

        var closed = await second.SayAsync("ronde sluiten");

        var text = RoundHostTests.AllText(RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed)));
        Assert.Contains("eerste ronde van dit samenwerkingsverband", text, StringComparison.Ordinal);
        var mine = (await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default))!.Round;
        var stored = (await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(theirs), default))!.Round;
        Assert.NotEqual(mine.PartnershipId, stored.PartnershipId);
        Assert.Null(stored.FinalRelease!.ComparedWith);
    }

    [Fact]
    public async Task SameConsultantSameChannel_NextRoundComparesWithTheFirstAndSaysItsDate()
    {
        var first = await Scenario.StartAsync();
        for (var i = 1; i <= 3; i++)
        {
            await AnswerAsync(first, $"29:o{i}", role: 0, option: 0);
        }

        await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");
        var second = await Scenario.StartAsync(name: "ISD RIVIERENLAND");
        for (var i = 1; i <= 3; i++)
        {
            await AnswerAsync(second, $"29:n{i}", role: 0, option: 4);
        }

        var closed = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");

        var stored = (await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(second), default))!.Round;
        Assert.Equal(RoundScenario.RoundId(first), stored.FinalRelease!.ComparedWith!.RoundId);
        Assert.Contains("Verschil met de vorige ronde (cijfers van", RoundHostTests.AllText(RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed))), StringComparison.Ordinal);
    }

    private async Task<string> AnswerAsync(JsonObject invitation, string userId, int role, int option)
    {
        var (_, personal) = await Scenario.JoinAsync(userId, invitation);
        Assert.NotNull(await Scenario.AnswerQuickCheckAsync(userId, personal!, role, option));
        return personal!;
    }

    /// <summary>"ronde resultaten" in the channel, then "Tussenstand vrijgeven" in the consultant's 1:1 chat; returns the released card.</summary>
    private async Task<JsonObject> ReleaseAsync()
    {
        var progress = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
        var released = await Consultant(progress).ExecuteAsync("p", RoundScenario.PrivateCards(progress)[0], "roundRelease");
        return RoundScenario.ResultsCard(RoundScenario.PrivateCards(released));
    }

    private BotConversation Consultant(BotConversation.Turn privateTurn) =>
        Scenario.Personal(RoundScenario.Consultant, RoundScenario.OpenedChat(privateTurn)!);

    /// <summary>The fact values under a role's heading: exactly what the card shows for that group.</summary>
    private static List<string> Cells(JsonObject card, string label)
    {
        var body = card["body"]!.AsArray();
        var heading = body.Select((n, i) => (n, i)).First(x => x.n?["text"]?.GetValue<string>()?.StartsWith(label + " · ", StringComparison.Ordinal) == true).i;
        return body[heading + 1]?["type"]?.GetValue<string>() == "FactSet"
            ? [.. body[heading + 1]!["facts"]!.AsArray().Select(f => f!["value"]!.GetValue<string>())]
            : [];
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
