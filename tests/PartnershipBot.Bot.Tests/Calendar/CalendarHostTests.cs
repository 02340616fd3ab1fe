using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Calendar;

/// <summary>The consultant's governance calendar through the real host: the card, editing dates, the .ics link.</summary>
public sealed class CalendarHostTests : RoundHostTest
{
    [Fact]
    public async Task Agenda_ConsultantInPersonalChat_ShowsWgrDatesAndAProposal()
    {
        await Scenario.StartAsync();

        var card = (await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("agenda 2099")).LastCard;

        var text = RoundHostTests.AllText(card);
        Assert.Contains("Bestuurlijke planning 2099: ISD Rivierenland", text, StringComparison.Ordinal);
        Assert.Equal("2099-06-08", DateValue(card, PlanningMoment.DraftBudget));
        Assert.Equal("2099-08-31", DateValue(card, PlanningMoment.BudgetAdoption));
        Assert.Contains("Start een ronde op dinsdag 28 april 2099, 6 weken vóór: ontwerpbegroting 2100 naar de raden", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_BoardMeetingMoved_CardRefreshedInPlaceWithTheDraftBudgetFollowing()
    {
        await Scenario.StartAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var card = (await me.SayAsync("calendar 2099")).LastCard;

        var saved = await me.ExecuteAsync("calendar-1", card, CalendarCardActions.Save, Inputs(card, (PlanningMoment.BudgetAdoption, "2099-07-01")));

        var refreshed = saved.Body!["value"]!.AsObject();
        Assert.Equal("2099-07-01", DateValue(refreshed, PlanningMoment.BudgetAdoption));
        Assert.Equal("2099-04-08", DateValue(refreshed, PlanningMoment.DraftBudget));
        Assert.Equal("General board adopts the budget 2100 (changed)", Input(refreshed, PlanningMoment.BudgetAdoption)["label"]!.GetValue<string>());
        Assert.Contains("One date was saved.", saved.Texts, StringComparison.Ordinal);
        var again = (await me.SayAsync("agenda 2099")).LastCard;
        Assert.Equal("2099-04-08", DateValue(again, PlanningMoment.DraftBudget));
    }

    [Fact]
    public async Task Save_DateOutsideTheYear_RefusedClearlyAndTheOtherDateKept()
    {
        await Scenario.StartAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var card = (await me.SayAsync("agenda 2099")).LastCard;

        var saved = await me.SubmitAsync("calendar-1", card, CalendarCardActions.Save, Inputs(card, (PlanningMoment.Frameworks, "2100-01-05"), (PlanningMoment.MunicipalBudgets, "2099-11-10")));

        Assert.Contains("Eén datum is bewaard.", saved.Texts, StringComparison.Ordinal);
        Assert.Contains("De datum voor 'Kadernota 2100 naar de raden' valt niet in 2099", saved.Texts, StringComparison.Ordinal);
        Assert.Equal("2099-11-10", DateValue(saved.LastCard, PlanningMoment.MunicipalBudgets));
        Assert.Equal("2099-04-30", DateValue(saved.LastCard, PlanningMoment.Frameworks));
    }

    [Fact]
    public async Task Agenda_NotTheConsultant_ToldSoAndNoCard()
    {
        await Scenario.StartAsync();

        var turn = await User("29:someone-else", "a:other-1").SayAsync("agenda ISD Rivierenland");

        Assert.Empty(turn.Cards);
        Assert.Contains("geen samenwerkingsverband waarvan u de consultant bent", turn.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Agenda_InTheChannel_PointsToThePersonalChat()
    {
        await Scenario.StartAsync();

        var turn = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("agenda");

        Assert.DoesNotContain(turn.Cards, c => RoundHostTests.AllText(c).Contains("Bestuurlijke planning", StringComparison.Ordinal));
        Assert.Contains("persoonlijke chat", turn.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_IcsLink_ParsesBackWithEveryMomentAndIsNotCached()
    {
        await Scenario.StartAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var card = (await me.SayAsync("agenda 2099")).LastCard;
        await me.ExecuteAsync("calendar-1", card, CalendarCardActions.Save, Inputs(card, (PlanningMoment.BudgetAdoption, "2099-07-01")));
        var link = (await me.SayAsync("agenda 2099")).LastCard["actions"]!.AsArray().Single(a => a!["type"]!.GetValue<string>() == "Action.OpenUrl")!["url"]!.GetValue<string>();

        using var response = await Host.Client.GetAsync(new Uri(link));

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("no-store", response.Headers.CacheControl!.ToString(), StringComparison.Ordinal);
        var ics = Ical.Net.Calendar.Load(await response.Content.ReadAsStringAsync())!;
        var events = ics.Events.ToDictionary(e => e.Summary!, e => e.DtStart!);
        Assert.Equal(Enum.GetValues<PlanningMoment>().Length + 2, events.Count);
        var draft = events["ISD Rivierenland: Ontwerpbegroting 2100 naar de raden"];
        Assert.False(draft.HasTime);
        Assert.Equal(new DateOnly(2099, 4, 8), new DateOnly(draft.Year, draft.Month, draft.Day));
        var round = events["ISD Rivierenland: ronde starten vóór ontwerpbegroting 2100 naar de raden"];
        Assert.Equal(new DateOnly(2099, 2, 25), new DateOnly(round.Year, round.Month, round.Day)); // six weeks before 8 April
    }

    [Fact]
    public async Task Remind_ProposalOnKingsDayWeek_ScheduledOnTheWorkingDayAt0900AndDeliveredToTheConsultant()
    {
        await Scenario.StartAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var card = (await me.SayAsync("agenda 2099")).LastCard;

        // Six weeks before the draft budget (8 June 2099) is Monday 27 April, King's Day: the reminder moves to Tuesday.
        var turn = await me.ExecuteAsync("calendar-1", card, CalendarCardActions.Remind, (CalendarCardActions.Moment, nameof(PlanningMoment.DraftBudget)));

        Assert.Contains("Gepland: op dinsdag 28 april 2099 om 09:00", turn.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var reminders = await Host.Services.GetRequiredService<IReminderScheduler>().ListAsync(Activities.Tenant, RoundScenario.Consultant, default);
        var reminder = reminders.Single(r => r.Spec.Kind == "calendar.round");
        Assert.Equal(new DateTimeOffset(2099, 4, 28, 7, 0, 0, TimeSpan.Zero), reminder.NextDueUtc);
        Assert.Equal("ISD Rivierenland: ronde starten vóór ontwerpbegroting 2100 naar de raden", reminder.Spec.Description);

        var before = Connector.Requests.Count;
        var handler = Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == "calendar.round");
        await handler.HandleAsync(reminder, reminder.NextDueUtc!.Value, default);

        var sent = Connector.Requests.Skip(before).Single(r => r.Json?["text"] is not null);
        Assert.Contains(Uri.EscapeDataString("a:consultant-1"), sent.RawTarget, StringComparison.Ordinal);
        Assert.StartsWith("Tijd voor een ronde voor ISD Rivierenland. Start een ronde op dinsdag 28 april 2099", sent.Json!["text"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_PartnershipIdAndTenant_OwnDocumentAndTheOldNameKeyAsBefore()
    {
        Assert.NotEqual(CalendarKeys.Calendar("t", "id-1"), CalendarKeys.Calendar("t", "id-2"));
        Assert.NotEqual(CalendarKeys.Calendar("t", "id-1"), CalendarKeys.Calendar("t2", "id-1"));
        Assert.Equal("tenants/t/partnerships/isd%20rivierenland/calendar", CalendarKeys.LegacyCalendar("t", "  ISD Rivierenland "));
        Assert.NotNull(Host.Services.GetRequiredService<WorkingDays>());
    }

    private static JsonObject Input(JsonObject card, PlanningMoment kind) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(b => b["id"]?.GetValue<string>() == CalendarCardActions.DateInput(kind));

    private static string DateValue(JsonObject card, PlanningMoment kind) => Input(card, kind)["value"]!.GetValue<string>();

    /// <summary>Every date input as shown, with <paramref name="changes"/> typed over it: what the client submits.</summary>
    private static (string Key, string Value)[] Inputs(JsonObject card, params (PlanningMoment Kind, string Value)[] changes) =>
        [.. Enum.GetValues<PlanningMoment>().Select(kind => (
            CalendarCardActions.DateInput(kind),
            changes.Where(c => c.Kind == kind).Select(c => c.Value).DefaultIfEmpty(DateValue(card, kind)).First()))];
}
