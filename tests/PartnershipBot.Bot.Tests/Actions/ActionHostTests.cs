using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Reports;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Actions;

/// <summary>The action register through the real host on a fake clock: create, the owner's card, Done in place, escalation, the report.</summary>
public sealed class ActionHostTests : ReportHostTest
{
    private const string Owner = "aad-owner-1";

    [Fact]
    public async Task Create_FromTheList_RecordedAndTheOwnerGetsAPersonalCard()
    {
        await ClosedRoundAsync();
        var before = Connector.Requests.Count;

        var (turn, _) = await CreateAsync("Opstartbudget voorstellen aan het AB", 14);

        var refreshed = turn.Body!["value"]!.AsObject();
        Assert.Contains("Opstartbudget voorstellen aan het AB — gekozen collega, uiterlijk 17 december 2026 (open)", RoundHostTests.AllText(refreshed), StringComparison.Ordinal);
        var sent = Connector.Requests.Skip(before).ToList();
        var created = sent.Last(r => r.Method == "POST" && r.RawTarget.TrimEnd('/').EndsWith("/v3/conversations", StringComparison.Ordinal));
        Assert.Equal(Owner, created.Json!["members"]![0]!["id"]!.GetValue<string>());
        var ownerCard = OwnerCard(sent);
        Assert.Contains("U bent eigenaar van deze actie: Opstartbudget voorstellen aan het AB. Uiterlijk 17 december 2026.", RoundHostTests.AllText(ownerCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Done_OwnerClicksOnTheirCard_CardRefreshedInPlaceWithoutButtons()
    {
        var round = await ClosedRoundAsync();
        var before = Connector.Requests.Count;
        await CreateAsync("Standaarden vastleggen", 10);
        var ownerCard = OwnerCard(Connector.Requests.Skip(before).ToList());

        var done = await User(Owner, "a:owner-1").ExecuteAsync("owner-card", ownerCard, ActionCardActions.Done);

        var card = done.Body!["value"]!.AsObject();
        Assert.Contains("Status: afgerond", RoundHostTests.AllText(card), StringComparison.Ordinal);
        Assert.Null(card["actions"]);
        var register = await RegisterAsync(round);
        Assert.Equal(ActionStatus.Done, register.Actions.Single().Status);
    }

    [Fact]
    public async Task Done_SomeoneElse_RefusedAndNothingChanges()
    {
        var round = await ClosedRoundAsync();
        var before = Connector.Requests.Count;
        await CreateAsync("Standaarden vastleggen", 10);
        var ownerCard = OwnerCard(Connector.Requests.Skip(before).ToList());

        var turn = await User("29:stranger", "a:stranger-1").ExecuteAsync("owner-card", ownerCard, ActionCardActions.Done);

        Assert.Contains("Alleen de eigenaar, de consultant of een beheerder", turn.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var register = await RegisterAsync(round);
        Assert.Equal(ActionStatus.Open, register.Actions.Single().Status);
    }

    [Fact]
    public async Task Overdue_StillOpenAfterTheDueDate_ConsultantToldOnceOnTheNextWorkingDay()
    {
        await ClosedRoundAsync();
        await CreateAsync("Kosten en vertraging op tafel", 3); // due Sunday 6 December 2026
        var reminder = (await Host.Services.GetRequiredService<IReminderScheduler>().ListAsync(Activities.Tenant, RoundScenario.Consultant, default)).Single(r => r.Spec.Kind == "action.overdue");
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero), reminder.NextDueUtc); // Monday 09:00 in Amsterdam
        var handler = Host.Services.GetServices<IReminderHandler>().Single(h => h.Kind == "action.overdue");

        // Counted from before the clock moves: the scheduler, on the same clock, may fire the check itself
        // before (or while) the handler is called here; the consultant is told once whoever runs it.
        var before = Connector.Requests.Count;
        Clock.SetUtcNow(reminder.NextDueUtc!.Value);
        await handler.HandleAsync(reminder, reminder.NextDueUtc!.Value, default);
        await handler.HandleAsync(reminder, reminder.NextDueUtc!.Value, default);
        await Connector.WaitUntilAsync(r => r.Skip(before).Any(x => x.Json?["text"] is not null), TimeSpan.FromSeconds(30));

        var told = Connector.Requests.Skip(before).Where(r => r.Json?["text"] is not null).ToList();
        var message = Assert.Single(told);
        Assert.Contains(Uri.EscapeDataString("a:consultant-1"), message.RawTarget, StringComparison.Ordinal);
        Assert.Equal("Een actie van ISD Rivierenland is over de datum: Kosten en vertraging op tafel (eigenaar gekozen collega, uiterlijk 6 december 2026). Bespreek met de eigenaar of de actie nog loopt; typ 'acties' voor het overzicht.", message.Json!["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Report_AfterAnAction_ListsItWithItsStatus()
    {
        await ClosedRoundAsync();
        await CreateAsync("Opstartbudget voorstellen aan het AB", 14);
        var link = ReportHostTest.Links((await User(RoundScenario.Consultant, "a:consultant-1").SayAsync("ronde rapport")).LastCard)[0];

        var html = await Host.Client.GetStringAsync(new Uri(link));

        Assert.Contains("<tr><td>Opstartbudget voorstellen aan het AB</td><td>gekozen collega</td><td>17 december 2026</td><td>open</td></tr>", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Create_WithoutOwner_ClearAnswerAndNothingRecorded()
    {
        var round = await ClosedRoundAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var list = (await me.SayAsync("acties")).LastCard;

        var turn = await me.ExecuteAsync("list", list, ActionCardActions.Create, (ActionCardActions.Description, "Iets doen"), (ActionCardActions.Due, "2026-12-20"));

        Assert.Contains("De actie is niet vastgelegd", turn.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        var register = await RegisterAsync(round);
        Assert.Empty(register.Actions);
    }

    [Fact]
    public async Task CreateFromAdvice_StepButton_FormPrefilledAndTheActionLinksToTheLesson()
    {
        var round = await ClosedRoundAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1").FromNow();
        var finished = await Scenario.AnswerQuickCheckAsync(RoundScenario.Consultant, "a:consultant-1", 0, 4);
        var advice = finished!.Cards.First(c => CardData.Actions(c).Any(a => a["data"]?["action"]?.GetValue<string>() == ActionCardActions.Form));
        var button = CardData.Of(advice, ActionCardActions.Form);
        var step = button[ActionCardActions.Description]!.GetValue<string>();

        var form = (await me.SubmitAsync("advice", advice, ActionCardActions.Form)).LastCard;

        var description = CardData.AllValues(form).Single(i => i.Id == ActionCardActions.Description);
        Assert.Equal(step, description.Value);
        Assert.Contains("Uit: " + button[ActionCardActions.SourceTitle]!.GetValue<string>(), RoundHostTests.AllText(form), StringComparison.Ordinal);
        var picker = CardData.AllValues(form).Single(i => i.Id == ActionCardActions.Owner).Node;
        Assert.Equal("graph.microsoft.com/users", picker["choices.data"]!["dataset"]!.GetValue<string>());
        var created = await me.ExecuteAsync("form", form, ActionCardActions.Create, (ActionCardActions.Scope, round.PartnershipId!), (ActionCardActions.Description, step), (ActionCardActions.Owner, Owner), (ActionCardActions.Due, "2026-12-20"));

        Assert.Contains("De actie is vastgelegd", created.Texts, StringComparison.Ordinal);
        var action = (await RegisterAsync(round)).Actions.Single();
        Assert.Equal(button[ActionCardActions.Source]!.GetValue<string>(), action.Source);
        Assert.StartsWith("lesson:", action.Source, StringComparison.Ordinal);
        Assert.Equal(step, action.Description);
    }

    [Fact]
    public async Task CreateFromRoleGap_ResultsCardButton_FormForThePartnershipAndTheGapLinked()
    {
        var round = await ClosedRoundAsync();
        var me = User(RoundScenario.Consultant, "a:consultant-1").FromNow();
        var results = RoundScenario.ResultsCard((await me.SayAsync("ronde resultaten " + round.Id)).Cards);
        var gapButton = CardData.Of(results, ActionCardActions.Form);

        var form = (await me.SubmitAsync("results", results, ActionCardActions.Form)).LastCard;
        var description = CardData.AllValues(form).Single(i => i.Id == ActionCardActions.Description).Value!;
        var created = await me.ExecuteAsync("form", form, ActionCardActions.Create, (ActionCardActions.Description, description), (ActionCardActions.OwnerName, "Jan de Vries"), (ActionCardActions.Due, "2026-12-20"));

        Assert.StartsWith("Het verschil met beide rollen bespreken: ", description, StringComparison.Ordinal);
        Assert.Contains("Samenwerkingsverband ISD Rivierenland", RoundHostTests.AllText(form), StringComparison.Ordinal);
        Assert.Contains("De actie is vastgelegd; Jan de Vries is de eigenaar.", created.Texts, StringComparison.Ordinal);
        var action = (await RegisterAsync(round)).Actions.Single();
        Assert.Equal(gapButton[ActionCardActions.Source]!.GetValue<string>(), action.Source);
        Assert.StartsWith($"gap:{round.Id}:", action.Source, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NextRound_Results_ShowTheActionsSinceThePreviousRoundWithStatusAndTheChart()
    {
        await ClosedRoundAsync();
        var before = Connector.Requests.Count;
        await CreateAsync("Opstartbudget voorstellen aan het AB", 14);
        var ownerCard = OwnerCard(Connector.Requests.Skip(before).ToList());
        await CreateAsync("Standaarden vastleggen", 21);
        await User(Owner, "a:owner-1").ExecuteAsync("owner-card", ownerCard, ActionCardActions.Done);
        Clock.Advance(TimeSpan.FromDays(30));
        var next = await ClosedRoundAsync();

        var results = RoundScenario.ResultsCard((await User(RoundScenario.Consultant, "a:consultant-1").FromNow().SayAsync("ronde resultaten " + next.Id)).Cards);

        var text = RoundHostTests.AllText(results);
        Assert.Contains("Acties sinds de vorige ronde", text, StringComparison.Ordinal);
        Assert.Contains("Opstartbudget voorstellen aan het AB — gekozen collega, uiterlijk 17 december 2026 (afgerond)", text, StringComparison.Ordinal);
        Assert.Contains("Standaarden vastleggen — gekozen collega, uiterlijk 24 december 2026 (open)", text, StringComparison.Ordinal);
        var chart = CardData.AllValues(results).Single(n => n.Node["type"]?.GetValue<string>() == "Chart.VerticalBar.Grouped").Node;
        Assert.Equal("drop", chart["fallback"]!.GetValue<string>());
        Assert.NotEmpty(chart["data"]!.AsArray());
    }

    private async Task<(BotConversation.Turn Turn, JsonObject List)> CreateAsync(string description, int daysAhead)
    {
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var list = (await me.SayAsync("acties")).LastCard;
        var due = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var turn = await me.ExecuteAsync("list", list, ActionCardActions.Create, (ActionCardActions.Description, description), (ActionCardActions.Owner, Owner), (ActionCardActions.Due, due));
        return (turn, list);
    }

    private async Task<PartnershipBot.Actions.ActionRegisterDocument> RegisterAsync(PartnershipBot.Dialogs.Rounds.Round round) =>
        await Host.Services.GetRequiredService<PartnershipBot.Actions.ActionStore>().GetAsync(Activities.Tenant, (await Scenario.Store.PartnershipAsync(Activities.Tenant, round.PartnershipId!, default))!, default);

    private static JsonObject OwnerCard(IReadOnlyList<Connector.RecordedRequest> sent) =>
        sent.Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>()
            .Last(c => RoundHostTests.AllText(c).Contains("Een actie voor u", StringComparison.Ordinal));
}
