using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>
/// A follow-up planned before the action register existed (<c>action.followUp</c>) fires as what <c>opvolging</c> makes
/// now: a personal action with the current card (Done / Postpone), not the old "Herinnering / Afspraak" card.
/// </summary>
public sealed class OldFollowUpHostTests : BotHostTest
{
    [Fact]
    public async Task Firing_SendsTheCurrentPersonalActionCardAndDoneWorksOnIt()
    {
        var (handler, reminder) = OldFollowUp();
        var before = Connector.Requests.Count;

        await handler.HandleAsync(reminder, reminder.Spec.FirstDueUtc, default);

        var card = Card(Assert.Single(Connector.Requests.Skip(before), r => r.Json?["attachments"] is not null).Json!);
        var text = CardData.AllText(card);
        Assert.Contains("Uw persoonlijke opvolging", text, StringComparison.Ordinal);
        Assert.Contains("U bent eigenaar van deze actie: offerte nasturen (Jan).", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Herinnering", text, StringComparison.Ordinal);
        Assert.Equal([ActionCardActions.Done, ActionCardActions.Postpone], CardData.Actions(card).Where(a => a["type"]!.GetValue<string>() == "Action.Execute").Select(a => a["verb"]!.GetValue<string>()));

        var done = await User().ExecuteAsync("action-card", card, ActionCardActions.Done);

        var refreshed = done.Body!["value"]!.AsObject();
        Assert.Contains("Status: afgerond", CardData.AllText(refreshed), StringComparison.Ordinal);
        Assert.Empty(CardData.Actions(refreshed));
    }

    [Fact]
    public async Task Firing_DeliveredTwice_OneActionAndNoCardOnceItIsDone()
    {
        var (handler, reminder) = OldFollowUp();
        var before = Connector.Requests.Count;
        await handler.HandleAsync(reminder, reminder.Spec.FirstDueUtc, default);
        await handler.HandleAsync(reminder, reminder.Spec.FirstDueUtc, default);
        var cards = Connector.Requests.Skip(before).Where(r => r.Json?["attachments"] is not null).Select(r => Card(r.Json!)).ToList();
        Assert.Equal(2, cards.Count);
        Assert.Single(cards.Select(c => CardData.Of(c, ActionCardActions.Done)[ActionCardActions.ActionId]!.GetValue<string>()).Distinct());

        await User().ExecuteAsync("action-card", cards[0], ActionCardActions.Done);
        var afterDone = Connector.Requests.Count;
        await handler.HandleAsync(reminder, reminder.Spec.FirstDueUtc, default);

        Assert.DoesNotContain(Connector.Requests.Skip(afterDone), r => r.Json?["attachments"] is not null);
    }

    private (IReminderHandler Handler, ScheduledReminder Reminder) OldFollowUp()
    {
        var payload = new FollowUpPayload(Connector.ServiceUrl, "msteams", Activities.BotId, "PartnershipBot", Activities.UserId, "Anne", "Jan", "offerte nasturen", "nl-NL").ToJson();
        var spec = new ReminderSpec(Activities.Tenant, Activities.UserId, FollowUpReminderHandler.FollowUpKind, "follow-up", payload, new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), null, "Afspraak: offerte nasturen (Jan)");
        var handler = Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == FollowUpReminderHandler.FollowUpKind);
        return (handler, new ScheduledReminder("old-follow-up-1", spec, spec.FirstDueUtc));
    }

    private static JsonObject Card(JsonNode activity) => activity["attachments"]![0]!["content"]!.AsObject();
}
