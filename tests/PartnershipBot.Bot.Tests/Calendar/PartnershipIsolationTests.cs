using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Actions;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Reports;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Calendar;

/// <summary>
/// Calendars and action registers belong to a partnership entity, not to a name: two consultants with a
/// partnership of the same name, in one tenant or in two, never see each other's dates or actions.
/// </summary>
public sealed class PartnershipIsolationTests : ReportHostTest
{
    private const string Name = "ISD Rivierenland";
    private const string OtherConsultant = "29:consultant-b";
    private const string OtherChannel = "19:other-channel@thread.tacv2";
    private const string OtherTenant = "tenant-2";

    [Fact]
    public async Task SameNameOneTenant_TwoConsultants_EachSeesOnlyTheirOwnCalendarAndActions()
    {
        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel);
        await StartAsync(OtherConsultant, OtherChannel);
        var a = User(RoundScenario.Consultant, "a:consultant-1");
        var b = User(OtherConsultant, "a:consultant-b");

        await MoveBoardMeetingAsync(a);
        await RecordActionAsync(a, "Opstartbudget voorstellen aan het AB");

        Assert.Equal("2099-08-31", BoardMeeting((await b.SayAsync("agenda 2099")).LastCard));
        var theirs = RoundHostTests.AllText((await b.SayAsync("acties")).LastCard);
        Assert.Contains("Er staan geen open acties.", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Opstartbudget", theirs, StringComparison.Ordinal);
        Assert.Equal("2099-07-01", BoardMeeting((await a.SayAsync("agenda 2099")).LastCard));
        Assert.Contains("Opstartbudget voorstellen aan het AB — Jan de Vries", RoundHostTests.AllText((await a.SayAsync("acties")).LastCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameNameOtherTenant_SameUserAndChannelIds_SeesNeitherCalendarNorActions()
    {
        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel);
        var a = User(RoundScenario.Consultant, "a:consultant-1");
        await MoveBoardMeetingAsync(a);
        await RecordActionAsync(a, "Opstartbudget voorstellen aan het AB");

        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel, OtherTenant);
        var elsewhere = new BotConversation(Host, Connector, RoundScenario.Consultant, "a:consultant-1", tenantId: OtherTenant).FromNow();

        Assert.Equal("2099-08-31", BoardMeeting((await elsewhere.SayAsync("agenda 2099")).LastCard));
        var theirs = RoundHostTests.AllText((await elsewhere.SayAsync("acties")).LastCard);
        Assert.DoesNotContain("Opstartbudget", theirs, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoOfOneName_ConsultantOfBoth_ChoosesAndEachHasItsOwnCalendar()
    {
        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel);
        await StartAsync(RoundScenario.Consultant, OtherChannel);
        var a = User(RoundScenario.Consultant, "a:consultant-1");

        var choice = (await a.SayAsync("agenda isd rivierenland 2099")).LastCard;

        Assert.Contains("U bent consultant van meer dan één samenwerkingsverband met de naam ISD Rivierenland. Welk bedoelt u?", RoundHostTests.AllText(choice), StringComparison.Ordinal);
        var ids = CardData.Actions(choice).Select(x => x["data"]![CalendarCardActions.PartnershipId]!.GetValue<string>()).ToList();
        Assert.Equal(2, ids.Distinct().Count());
        var first = (await a.SubmitAsync("choice", choice, CalendarCardActions.Pick, (CalendarCardActions.PartnershipId, ids[0]))).LastCard;
        await a.ExecuteAsync("calendar", first, CalendarCardActions.Save, (CalendarCardActions.DateInput(PlanningMoment.BudgetAdoption), "2099-07-01"));
        var second = (await a.SubmitAsync("choice", choice, CalendarCardActions.Pick, (CalendarCardActions.PartnershipId, ids[1]))).LastCard;
        Assert.Equal("2099-08-31", BoardMeeting(second));
        Assert.Equal("2099-07-01", BoardMeeting((await a.SubmitAsync("choice", choice, CalendarCardActions.Pick, (CalendarCardActions.PartnershipId, ids[0]))).LastCard));

        var actions = (await a.SayAsync("acties ISD Rivierenland")).LastCard;
        Assert.Equal(ids, CardData.Actions(actions).Select(x => x["data"]![CalendarCardActions.PartnershipId]!.GetValue<string>()));
    }

    [Fact]
    public async Task Pick_PartnershipOfSomeoneElse_Refused()
    {
        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel);
        await StartAsync(OtherConsultant, OtherChannel);
        var theirs = (await PartnershipsAsync()).Single(p => p.HasConsultant(OtherConsultant));
        var a = User(RoundScenario.Consultant, "a:consultant-1").FromNow();
        var forged = new JsonObject { ["type"] = "AdaptiveCard", ["actions"] = new JsonArray(new JsonObject { ["type"] = "Action.Submit", ["data"] = new JsonObject { ["action"] = CalendarCardActions.Pick, [CalendarCardActions.PickFor] = CalendarCardActions.PickCalendar, [CalendarCardActions.PartnershipId] = theirs.Id } }) };

        var turn = await a.SubmitAsync("forged", forged, CalendarCardActions.Pick);

        Assert.Empty(turn.Cards);
        Assert.Contains("geen samenwerkingsverband waarvan u de consultant bent", turn.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LegacyNameKeys_MovedOnFirstRead_EachKeepsTheDatesAndOnlyTheirOwnActions()
    {
        await StartAsync(RoundScenario.Consultant, RoundScenario.Channel);
        await StartAsync(OtherConsultant, OtherChannel);
        var storage = Host.Services.GetRequiredService<IStorage>();
        var web = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var calendar = CalendarDocument.Empty(Name).WithEdits(2099, new Dictionary<PlanningMoment, DateOnly> { [PlanningMoment.BudgetAdoption] = new(2099, 7, 1) });
        var register = new ActionRegisterDocument(Name, [Legacy("a1", "Actie van A", RoundScenario.Consultant), Legacy("b1", "Actie van B", OtherConsultant)]);
        await storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [CalendarKeys.LegacyCalendar(Activities.Tenant, Name)] = new(JsonSerializer.Serialize(calendar, web), null),
            [CalendarKeys.LegacyActions(Activities.Tenant, Name)] = new(JsonSerializer.Serialize(register, web), null),
        }, default);
        var a = User(RoundScenario.Consultant, "a:consultant-1");
        var b = User(OtherConsultant, "a:consultant-b");

        Assert.Equal("2099-07-01", BoardMeeting((await a.SayAsync("agenda 2099")).LastCard));
        var mine = RoundHostTests.AllText((await a.SayAsync("acties")).LastCard);
        Assert.Contains("Actie van A", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("Actie van B", mine, StringComparison.Ordinal);
        await StartAsync("29:consultant-c", "19:third@thread.tacv2"); // after the move began: gets nothing
        Assert.Equal("2099-07-01", BoardMeeting((await b.SayAsync("agenda 2099")).LastCard));
        var theirs = RoundHostTests.AllText((await b.SayAsync("acties")).LastCard);
        Assert.Contains("Actie van B", theirs, StringComparison.Ordinal);
        Assert.DoesNotContain("Actie van A", theirs, StringComparison.Ordinal);

        Assert.Equal("2099-08-31", BoardMeeting((await User("29:consultant-c", "a:consultant-c").SayAsync("agenda 2099")).LastCard));
        await User("29:consultant-c", "a:consultant-c").SayAsync("acties");
        var left = await storage.ReadAsync([CalendarKeys.LegacyCalendar(Activities.Tenant, Name), CalendarKeys.LegacyActions(Activities.Tenant, Name)], default);
        Assert.Empty(left);
    }

    private ActionItem Legacy(string id, string description, string createdBy) =>
        new(id, description, "Jan", null, new DateOnly(2026, 12, 20), ActionStatus.Open, Clock.GetUtcNow(), createdBy, null);

    private async Task StartAsync(string consultant, string channel, string tenantId = Activities.Tenant)
    {
        var chat = new BotConversation(Host, Connector, consultant, channel, conversationType: "channel", tenantId: tenantId).FromNow();
        var turn = await chat.SayAsync("ronde starten " + Name);
        Assert.Contains(turn.Cards, c => CardData.Actions(c).Any(x => x["data"]?["action"]?.GetValue<string>() == "roundJoin"));
    }

    private async Task<IReadOnlyList<Partnership>> PartnershipsAsync()
    {
        var index = await Scenario.Store.IndexAsync(Activities.Tenant, default);
        var found = new List<Partnership>();
        foreach (var id in index.Rounds.Select(r => r.PartnershipId).OfType<string>().Distinct())
        {
            found.Add((await Scenario.Store.PartnershipAsync(Activities.Tenant, id, default))!);
        }

        return found;
    }

    private static async Task MoveBoardMeetingAsync(BotConversation consultant)
    {
        var card = (await consultant.SayAsync("agenda 2099")).LastCard;
        var saved = await consultant.ExecuteAsync("calendar", card, CalendarCardActions.Save, (CalendarCardActions.DateInput(PlanningMoment.BudgetAdoption), "2099-07-01"));
        Assert.Contains("Eén datum is bewaard.", saved.Texts, StringComparison.Ordinal);
    }

    private static async Task RecordActionAsync(BotConversation consultant, string description)
    {
        var list = (await consultant.SayAsync("acties")).LastCard;
        var turn = await consultant.ExecuteAsync("list", list, ActionCardActions.Create, (ActionCardActions.Description, description), (ActionCardActions.OwnerName, "Jan de Vries"), (ActionCardActions.Due, "2026-12-20"));
        Assert.Contains("De actie is vastgelegd", turn.Texts, StringComparison.Ordinal);
    }

    private static string BoardMeeting(JsonObject card) =>
        card["body"]!.AsArray().OfType<JsonObject>().Single(x => x["id"]?.GetValue<string>() == CalendarCardActions.DateInput(PlanningMoment.BudgetAdoption))["value"]!.GetValue<string>();
}
