using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>A whole round through the real host: start in a channel, twelve people answer privately, results per role in the channel.</summary>
public sealed class RoundHostTests : RoundHostTest
{
    [Fact]
    public async Task Round_TwelveRespondentsAcrossThreeRoles_ResultsPerRoleInTheChannel()
    {
        var invitation = await Scenario.StartAsync();
        var roundId = RoundScenario.RoundId(invitation);
        var people = Enumerable.Range(1, 12).Select(i => (Id: $"29:p{i}", Role: i <= 5 ? 0 : i <= 9 ? 1 : 2)).ToList();

        foreach (var (id, role) in people)
        {
            var (click, personal) = await Scenario.JoinAsync(id, invitation);
            Assert.Equal(200, click.Status);
            Assert.Contains("persoonlijk bericht", click.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
            Assert.StartsWith("a:created-", personal, StringComparison.Ordinal);
            // Owners agree with everything, clients take the second option, management the third.
            await Scenario.AnswerQuickCheckAsync(id, personal!, role, role);
        }

        var stored = await Scenario.Store.GetAsync(Activities.Tenant, roundId, default);
        Assert.Equal(12, stored!.Round.Responses.Count);
        Assert.Equal([5, 4, 3], new[] { Role.Owner, Role.Client, Role.Contractor }.Select(r => stored.Round.Responses.Count(x => x.Role == r)));

        var closed = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");

        // The channel hears that the round closed; the figures go to the consultant privately.
        Assert.Empty(RoundScenario.ChannelCards(closed));
        Assert.Contains("privé gestuurd", closed.Texts, StringComparison.Ordinal);
        Assert.Contains("gesloten", closed.Texts, StringComparison.Ordinal);
        var privateCard = RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed));
        var text = AllText(privateCard);
        Assert.Contains("Resultaten ronde: ISD Rivierenland", text, StringComparison.Ordinal);
        Assert.Contains("Eigenaren · 5 deelnemers", text, StringComparison.Ordinal);
        Assert.Contains("Opdrachtgevers · 4 deelnemers", text, StringComparison.Ordinal);
        Assert.Contains("Directie (opdrachtnemer) · 3 deelnemers", text, StringComparison.Ordinal);
        Assert.Contains("Alle getoonde groepen · 12 deelnemers", text, StringComparison.Ordinal);
        // The card shows exactly the stored final release.
        var final = (await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round;
        Assert.False(final.IsOpen);
        var expected = RoundResultsBuilder.Build(final, final.FinalRelease!, Language.Nl);
        Assert.All(expected.Rows.SelectMany(r => r.Cells), cell => Assert.Contains(cell, text, StringComparison.Ordinal));
        Assert.All(expected.Gaps, gap => Assert.Contains(gap.Explanation, text, StringComparison.Ordinal));

        // "Deel in kanaal" in the consultant's 1:1 chat posts exactly that release in the channel.
        var consultant = new BotConversation(Host, Connector, RoundScenario.Consultant, RoundScenario.OpenedChat(closed)!);
        var before = Connector.Requests.Count;
        await consultant.ExecuteAsync("results", privateCard, "roundShare");

        // Posted to the channel conversation, addressed to nobody in particular.
        var post = Connector.Requests.Skip(before).Single(r => r.Method == "POST" && r.RawTarget.Contains(Uri.EscapeDataString(RoundScenario.Channel), StringComparison.Ordinal));
        Assert.Null(post.Json!["recipient"]);
        var posted = post.Json!["attachments"]![0]!["content"]!.AsObject();
        Assert.All(expected.Rows.SelectMany(r => r.Cells), cell => Assert.Contains(cell, AllText(posted), StringComparison.Ordinal));
        Assert.Contains("Eindresultaten, vrijgegeven op", AllText(posted), StringComparison.Ordinal);
        Assert.Empty(CardData.Actions(posted));
    }

    [Fact]
    public async Task Join_UserCannotBeReached_ConsultantToldPrivatelyChannelSeesNothing()
    {
        var invitation = await Scenario.StartAsync();
        Connector.Enqueue(ScriptedResponse.Error(403, "BotNotInConversationRoster"));
        var before = Connector.Requests.Count;

        var (click, personal) = await Scenario.JoinAsync("29:not-installed", invitation);

        Assert.Null(personal);
        Assert.Contains("consultant", click.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var sent = Connector.Requests.Skip(before).ToList();
        Assert.DoesNotContain(sent, r => r.RawTarget.Contains(Uri.EscapeDataString(RoundScenario.Channel), StringComparison.Ordinal));
        var created = sent.Where(r => r.Method == "POST" && r.RawTarget.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal)).ToList();
        Assert.Equal(RoundScenario.Consultant, created.Last().Json!["members"]![0]!["id"]!.GetValue<string>());
        var notice = sent.Last(r => r.Json?["attachments"] is not null);
        Assert.Contains("installeer de app", CardData.AllText(notice.Json!["attachments"]![0]!["content"]).ToLowerInvariant(), StringComparison.Ordinal);
    }

    /// <summary>Texts, titles and fact values (the table's cells are facts).</summary>
    internal static string AllText(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" ", o.Select(p => p.Key is "text" or "title" or "value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : AllText(p.Value))),
        JsonArray a => string.Join(" ", a.Select(AllText)),
        _ => string.Empty,
    };
}
