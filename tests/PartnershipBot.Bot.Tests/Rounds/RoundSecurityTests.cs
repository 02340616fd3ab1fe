using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>People trying to reach a round they have no business with, and people leaving one.</summary>
public sealed class RoundSecurityTests : RoundHostTest
{
    [Fact]
    public async Task Close_ByAnotherParticipant_IsRefusedAndTheRoundStaysOpen()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());

        var turn = await Scenario.InChannel("29:p1").SayAsync("ronde sluiten");

        Assert.Contains("Alleen de consultant", turn.Texts, StringComparison.Ordinal);
        Assert.Empty(turn.Cards);
        Assert.True((await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round.IsOpen);
    }

    [Fact]
    public async Task Results_ByAnAdmin_ProgressSentToTheAdminPrivately()
    {
        await Scenario.StartAsync();
        var before = Connector.Requests.Count;

        var turn = await Scenario.InChannel(Admin).SayAsync("round results");

        Assert.Empty(RoundScenario.ChannelCards(turn));
        var progress = Assert.Single(RoundScenario.PrivateCards(turn));
        Assert.Contains("ISD Rivierenland", CardData.AllText(progress), StringComparison.Ordinal);
        var created = Connector.Requests.Skip(before).Single(r => r.Method == "POST" && r.RawTarget.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(Admin, created.Json!["members"]![0]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Results_FromAnotherTenantWithAKnownRoundId_FindNothing()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());
        var before = Connector.Requests.Count;

        // Same user id, same conversation id, the round's real id — but another tenant.
        var activity = Activities.Message("ronde resultaten " + roundId, RoundScenario.Channel, Connector.ServiceUrl);
        activity["from"] = new JsonObject { ["id"] = RoundScenario.Consultant };
        activity["conversation"] = new JsonObject { ["id"] = RoundScenario.Channel, ["conversationType"] = "channel", ["tenantId"] = "tenant-2" };
        activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = "tenant-2" } };
        await Host.PostActivityAsync(activity);

        var sent = Connector.Requests.Skip(before).ToList();
        Assert.Contains("geen ronde gevonden", string.Join(" ", sent.Select(r => r.Json?["text"]?.GetValue<string>())), StringComparison.Ordinal);
        Assert.DoesNotContain(sent, r => r.Json?["attachments"] is not null);
    }

    [Fact]
    public async Task ForgedJoin_FromAnotherConversationWithTheRoundId_DoesNotJoin()
    {
        var invitation = await Scenario.StartAsync();

        var turn = await Scenario.InChannel("29:intruder", "19:other-channel@thread.tacv2").ExecuteAsync("x", invitation, "roundJoin");

        Assert.Contains("geen ronde", turn.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var round = await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default);
        Assert.Empty(round!.Round.Participants);
    }

    [Fact]
    public async Task ForgedClose_ConsultantOfAnotherRoundWithThisRoundsId_IsRefused()
    {
        var mine = RoundScenario.RoundId(await Scenario.StartAsync());
        var otherConsultant = Scenario.InChannel("29:other-consultant", "19:other-channel@thread.tacv2");
        var form = (await otherConsultant.SayAsync("start round")).LastCard;
        var theirs = (await otherConsultant.SubmitAsync("f", form, "roundStart", ("roundName", "Belastingen Oost"))).Cards.Last();

        var forged = CardData.Of(theirs, "roundJoin");
        forged["action"] = "roundClose";
        forged["roundId"] = mine;
        var activity = Activities.Base("message", "19:other-channel@thread.tacv2", Connector.ServiceUrl, null, "nl-NL", new JsonObject { ["value"] = forged });
        var turn = await otherConsultant.SendAsync(activity);

        Assert.Contains("Alleen de consultant", turn.Texts, StringComparison.Ordinal);
        Assert.True((await Scenario.Store.GetAsync(Activities.Tenant, mine, default))!.Round.IsOpen);
    }

    [Fact]
    public async Task Leave_AfterAnswering_ResponseLeavesTheRound()
    {
        var invitation = await Scenario.StartAsync();
        var (_, personal) = await Scenario.JoinAsync("29:p1", invitation);
        await Scenario.AnswerQuickCheckAsync("29:p1", personal!, 0, 0);
        Assert.Single((await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default))!.Round.Responses);

        var turn = await new BotConversation(Host, Connector, "29:p1", personal!).SayAsync("mijn ronde verlaten");

        Assert.Contains("ingetrokken", turn.Texts, StringComparison.Ordinal);
        var round = (await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default))!;
        Assert.Empty(round.Round.Responses);
        Assert.Empty(round.Contacts);
    }

    [Fact]
    public async Task DeleteMyData_Participant_ErasedFromTheRound()
    {
        var invitation = await Scenario.StartAsync();
        var (_, personal) = await Scenario.JoinAsync("29:p1", invitation);
        await Scenario.AnswerQuickCheckAsync("29:p1", personal!, 1, 1);
        var me = new BotConversation(Host, Connector, "29:p1", personal!);
        var confirm = (await me.SayAsync("verwijder mijn gegevens")).LastCard;

        await me.SubmitAsync("c", confirm, "deleteDataConfirmed");

        var round = (await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default))!;
        Assert.Empty(round.Round.Responses);
        Assert.Empty(round.Round.Participants);
        Assert.Empty(round.Contacts);
    }

    [Fact]
    public async Task NonRespondentsReminder_JoinedButNotFinishedAndMembersWhoNeverJoined_UntilTheyOptOut()
    {
        var invitation = await Scenario.StartAsync();
        var roundId = RoundScenario.RoundId(invitation);
        var (_, done) = await Scenario.JoinAsync("29:p1", invitation);
        await Scenario.AnswerQuickCheckAsync("29:p1", done!, 0, 0);
        var (_, pending) = await Scenario.JoinAsync("29:p2", invitation);
        var handler = Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == "round.nonRespondents");
        var before = Connector.Requests.Count;

        await handler.HandleAsync(Reminder("round.nonRespondents", roundId), DateTimeOffset.UtcNow, default);

        var sent = Connector.Requests.Skip(before).Where(r => r.Method == "POST").ToList();
        var toPending = Assert.Single(sent, r => r.RawTarget.Contains(Uri.EscapeDataString(pending!) + "/", StringComparison.Ordinal));
        Assert.Contains("Herinnering", toPending.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.DoesNotContain(sent, r => r.RawTarget.Contains(Uri.EscapeDataString(done!) + "/", StringComparison.Ordinal));
        // The conversation's one other member (the stub connector lists 29:user-1) never joined: invited, with an opt-out.
        var created = sent.Where(r => r.RawTarget.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal)).Select(r => r.Json!["members"]![0]!["id"]!.GetValue<string>()).ToList();
        Assert.Equal(["29:user-1"], created);
        var card = sent.Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();
        Assert.Contains("U bent uitgenodigd", CardData.AllText(card), StringComparison.Ordinal);

        // They click "Geen herinneringen meer": the next reminder leaves them alone.
        var optOut = await new BotConversation(Host, Connector, "29:user-1", "a:user-1-chat").ExecuteAsync("r", card, "roundOptOut");
        Assert.Contains("geen herinneringen meer", optOut.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var again = Connector.Requests.Count;
        await handler.HandleAsync(Reminder("round.nonRespondents", roundId), DateTimeOffset.UtcNow, default);
        Assert.DoesNotContain(Connector.Requests.Skip(again), r => r.Json?["members"]?[0]?["id"]?.GetValue<string>() == "29:user-1");
    }

    [Fact]
    public async Task CloseReminder_OpenRound_ClosesTellsTheChannelAndSendsTheResultsToTheConsultant()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());
        var handler = Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == "round.close");
        var before = Connector.Requests.Count;

        await handler.HandleAsync(Reminder("round.close", roundId), DateTimeOffset.UtcNow, default);

        var sent = Connector.Requests.Skip(before).ToList();
        var inChannel = sent.Where(r => r.RawTarget.Contains(Uri.EscapeDataString(RoundScenario.Channel), StringComparison.Ordinal)).ToList();
        Assert.Contains("gesloten", Assert.Single(inChannel).Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var created = sent.Single(r => r.Method == "POST" && r.RawTarget.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(RoundScenario.Consultant, created.Json!["members"]![0]!["id"]!.GetValue<string>());
        Assert.Contains(sent, r => r.Json?["attachments"]?[0]?["content"] is { } card && CardData.AllText(card).Contains("Eindresultaten", StringComparison.Ordinal));
        Assert.False((await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round.IsOpen);
    }

    [Fact]
    public async Task Retention_RoundOlderThanTheSetting_IsDeleted()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow.AddMonths(24).AddDays(1));
        var retention = new RoundRetention(Scenario.Store, Options.Create(new RoundsOptions { RetentionMonths = 24 }), clock, [], NullLogger<RoundRetention>.Instance);
        Assert.Equal(0, await new RoundRetention(Scenario.Store, Options.Create(new RoundsOptions()), new FakeTimeProvider(DateTimeOffset.UtcNow.AddMonths(23)), [], NullLogger<RoundRetention>.Instance).DeleteExpiredAsync(Activities.Tenant, default));

        Assert.Equal(1, await retention.DeleteExpiredAsync(Activities.Tenant, default));

        Assert.Null(await Scenario.Store.GetAsync(Activities.Tenant, roundId, default));
        Assert.Empty((await Scenario.Store.IndexAsync(Activities.Tenant, default)).Rounds);
    }

    private static ScheduledReminder Reminder(string kind, string roundId) =>
        new("rem-1", new ReminderSpec(Activities.Tenant, RoundScenario.Consultant, kind, roundId, RoundReminderKinds.Payload(roundId), DateTimeOffset.UtcNow, null, "test"), null);
}
