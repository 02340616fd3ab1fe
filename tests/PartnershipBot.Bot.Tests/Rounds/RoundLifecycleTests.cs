using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>What the cards say about closing is what happens; closing tidies up; system jobs outlive people and lists.</summary>
public sealed class RoundLifecycleTests : RoundHostTest
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public static TheoryData<string, string, DateTime> ClosingDays => new()
    {
        // An ordinary Monday: 16:00 that day.
        { "2099-03-16", "maandag 16 maart 2099 om 16:00", new DateTime(2099, 3, 16, 16, 0, 0) },
        // Christmas Day is a Friday, Boxing Day a Saturday: the next working moment is Monday 09:00.
        { "2099-12-25", "maandag 28 december 2099 om 09:00", new DateTime(2099, 12, 28, 9, 0, 0) },
        // King's Day (27 April 2099, a Monday): Tuesday 09:00.
        { "2099-04-27", "dinsdag 28 april 2099 om 09:00", new DateTime(2099, 4, 28, 9, 0, 0) },
        // A Friday close stays on the Friday.
        { "2099-03-20", "vrijdag 20 maart 2099 om 16:00", new DateTime(2099, 3, 20, 16, 0, 0) },
    };

    [Theory]
    [MemberData(nameof(ClosingDays))]
    public async Task Start_ClosingDate_InvitationSaysTheMomentTheCloseJobIsPlannedFor(string chosen, string said, DateTime local)
    {
        var consultant = Scenario.InChannel(RoundScenario.Consultant);
        var form = (await consultant.SayAsync("ronde starten")).LastCard;
        var started = await consultant.SubmitAsync("f", form, "roundStart", ("roundName", "ISD"), ("roundClosingDate", chosen), ("roundMinimumSize", "3"));

        var invitation = started.Cards.Single(c => CardData.Actions(c).Any(a => a["data"]?["action"]?.GetValue<string>() == "roundJoin"));
        Assert.Contains("De ronde sluit op " + said + ".", CardData.AllText(invitation), StringComparison.Ordinal);
        var roundId = RoundScenario.RoundId(invitation);
        var close = (await Reminders().ListTenantAsync(Activities.Tenant, default)).Single(r => r.Spec.Kind == "round.close" && r.Spec.Subject == roundId);
        Assert.Equal(new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)), close.NextDueUtc);
        Assert.Equal(close.NextDueUtc, (await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round.ClosesAt);
    }

    [Fact]
    public async Task Close_CancelsTheRoundsCloseAndNonRespondentReminders_KeepsTheRecheck()
    {
        var roundId = RoundScenario.RoundId(await Scenario.StartAsync());
        var progress = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
        var chat = Scenario.Personal(RoundScenario.Consultant, RoundScenario.OpenedChat(progress)!);
        await Host.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(new ReminderSpec(Activities.Tenant, RoundScenario.Consultant, "round.nonRespondents", roundId, RoundReminderKinds.Payload(roundId), DateTimeOffset.UtcNow.AddDays(3), null, "x"), default);
        Assert.Equal(2, (await Reminders().ListTenantAsync(Activities.Tenant, default)).Count(r => r.Spec.Subject == roundId));

        var closed = await chat.SayAsync("ronde sluiten");
        var final = RoundScenario.ResultsCard(RoundScenario.PrivateCards(closed));

        await chat.ExecuteAsync("r", final, "roundRecheck", ("roundMonths", "6"));

        var left = await Reminders().ListTenantAsync(Activities.Tenant, default);
        Assert.DoesNotContain(left, r => r.Spec.Subject == roundId);
        Assert.Contains(left, r => r.Spec.Kind == "round.recheck");
    }

    [Fact]
    public async Task ConsultantErasesTheirData_RoundStillClosesAndPostsItsFinalFiguresInTheChannel()
    {
        var invitation = await Scenario.StartAsync();
        var roundId = RoundScenario.RoundId(invitation);
        for (var i = 1; i <= 3; i++)
        {
            var (_, personal) = await Scenario.JoinAsync($"29:o{i}", invitation);
            await Scenario.AnswerQuickCheckAsync($"29:o{i}", personal!, 0, 1);
        }

        var me = Scenario.Personal(RoundScenario.Consultant, "a:consultant-own-chat");
        await me.SubmitAsync("c", (await me.SayAsync("verwijder mijn gegevens")).LastCard, "deleteDataConfirmed");

        var stored = (await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!;
        Assert.Equal(string.Empty, stored.Round.ConsultantId);
        Assert.Null(stored.Consultant.Id);
        var close = (await Reminders().ListTenantAsync(Activities.Tenant, default)).Single(r => r.Spec.Kind == "round.close" && r.Spec.Subject == roundId);
        var before = Connector.Requests.Count;

        await Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == "round.close").HandleAsync(close, DateTimeOffset.UtcNow, default);

        var posted = Connector.Requests.Skip(before).Where(r => r.RawTarget.Contains(Uri.EscapeDataString(RoundScenario.Channel), StringComparison.Ordinal)).ToList();
        var card = posted.Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>().Single();
        Assert.Contains("Eigenaren · 3 deelnemers", RoundHostTests.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain(RoundScenario.Consultant, string.Join(" ", Connector.Requests.Skip(before).Select(r => r.Body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SystemJobs_NotInTheAdminsListNotCancellable_AndPlannedAgainAtStart()
    {
        await Scenario.StartAsync();
        var all = await Reminders().ListTenantAsync(Activities.Tenant, default);
        var retention = all.Single(r => r.Spec.Kind == "round.retention");

        var list = await Scenario.InChannel(Admin).SayAsync("herinneringen");
        var cancelled = await Reminders().CancelAnyAsync(Activities.Tenant, retention.Id, default);

        Assert.False(cancelled);
        Assert.DoesNotContain("retention", list.Texts + string.Join(" ", list.Cards.Select(CardData.AllText)), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(retention.Id, string.Join(" ", list.Cards.Select(c => c.ToJsonString())), StringComparison.Ordinal);

        // Gone by other means (a restored store, a job removed by hand): the next start plans it again.
        await Host.Services.GetRequiredService<IReminderScheduler>().CancelForSubjectAsync(Activities.Tenant, RoundReminderKinds.RetentionSubject, default);
        Assert.DoesNotContain(await Reminders().ListTenantAsync(Activities.Tenant, default), r => r.Spec.Kind == "round.retention");
        using var jobs = new RoundSystemJobs(Scenario.Store, Host.Services.GetRequiredService<IReminderScheduler>(), TimeProvider.System, NullLogger<RoundSystemJobs>.Instance);
        await jobs.StartAsync(default);
        await jobs.ExecuteTask!;

        var replanned = (await Reminders().ListTenantAsync(Activities.Tenant, default)).Single(r => r.Spec.Kind == "round.retention");
        Assert.Equal("system:rounds", replanned.Spec.OwnerId);
    }

    private IReminderAdministration Reminders() => Host.Services.GetRequiredService<IReminderAdministration>();
}
