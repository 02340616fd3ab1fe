using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Actions;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Reports;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Actions;

/// <summary>"Verwijder mijn gegevens" in the action register, through the real host: the action stays the partnership's, the person goes.</summary>
public sealed class ActionErasureTests : ReportHostTest
{
    private const string OwnerTeamsId = "29:owner-1";
    private const string OwnerObjectId = "aad-owner-1";
    private const string OtherOwner = "aad-other-2";

    [Fact]
    public async Task Erase_OwnerByEitherId_NameAndIdsLeaveTheRegisterAndTheirChecksAreCancelled()
    {
        var round = await ClosedRoundAsync();
        await CreateAsync("Opstartbudget voorstellen aan het AB", OwnerObjectId, 14);
        await CreateAsync("Kosten en vertraging op tafel", OwnerTeamsId, 16);
        await CreateAsync("Standaarden vastleggen", OtherOwner, 21);
        var theirs = (await RegisterAsync(round)).Actions.Where(a => a.OwnerId != OtherOwner).Select(a => "action:" + a.Id).ToList();

        await EraseAsync(new BotConversation(Host, Connector, OwnerTeamsId, "a:owner-1") { AadObjectId = OwnerObjectId.ToUpperInvariant() });

        var json = await StoredRegisterJsonAsync(round);
        Assert.DoesNotContain(OwnerObjectId, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(OwnerTeamsId, json, StringComparison.Ordinal);
        Assert.Contains(OtherOwner, json, StringComparison.Ordinal);
        var register = await RegisterAsync(round);
        Assert.Equal(3, register.Actions.Count);
        Assert.Equal(2, register.Actions.Count(a => a.OwnerRemoved));
        var list = RoundHostTests.AllText((await Consultant().SayAsync("acties")).LastCard);
        Assert.Contains("Opstartbudget voorstellen aan het AB — (verwijderd), uiterlijk 17 december 2026 (open)", list, StringComparison.Ordinal);
        Assert.Contains("Kosten en vertraging op tafel — (verwijderd), uiterlijk 19 december 2026 (open)", list, StringComparison.Ordinal);
        Assert.Contains("Standaarden vastleggen — gekozen collega, uiterlijk 24 december 2026 (open)", list, StringComparison.Ordinal);
        var html = await Host.Client.GetStringAsync(new Uri(Links((await Consultant().SayAsync("ronde rapport")).LastCard)[0]));
        Assert.Contains("<tr><td>Opstartbudget voorstellen aan het AB</td><td>(verwijderd)</td>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(OwnerObjectId, html, StringComparison.OrdinalIgnoreCase);
        var checks = (await Scheduler.ListAsync(Activities.Tenant, RoundScenario.Consultant, default)).Where(r => r.Spec.Kind == ActionReminderPayload.Kind).ToList();
        Assert.DoesNotContain(checks, r => theirs.Contains(r.Spec.Subject));
        Assert.Single(checks);
    }

    [Fact]
    public async Task Erase_OwnerInEnglish_ListShowsTheActionAsRemoved()
    {
        var round = await ClosedRoundAsync();
        await CreateAsync("Opstartbudget voorstellen aan het AB", OwnerObjectId, 14);

        await EraseAsync(new BotConversation(Host, Connector, OwnerTeamsId, "a:owner-1") { AadObjectId = OwnerObjectId });

        var list = RoundHostTests.AllText((await new BotConversation(Host, Connector, RoundScenario.Consultant, "a:consultant-1", locale: "en-GB").SayAsync("actions")).LastCard);
        Assert.Contains("Opstartbudget voorstellen aan het AB — (removed), due 17 December 2026 (open)", list, StringComparison.Ordinal);
        Assert.Single((await RegisterAsync(round)).Actions);
    }

    [Fact]
    public async Task Erase_TheConsultantWhoRecordedIt_TheirIdLeavesTheActionsWhichStay()
    {
        var round = await ClosedRoundAsync();
        await CreateAsync("Standaarden vastleggen", OtherOwner, 21);

        await EraseAsync(Consultant());

        var json = await StoredRegisterJsonAsync(round);
        Assert.DoesNotContain(RoundScenario.Consultant, json, StringComparison.Ordinal);
        var action = Assert.Single((await RegisterAsync(round)).Actions);
        Assert.Equal(OtherOwner, action.OwnerId);
        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, RoundScenario.Consultant, default));
    }

    [Fact]
    public async Task Erase_SameObjectIdInAnotherTenant_ThatTenantsRegisterUntouched()
    {
        await ClosedRoundAsync();
        await CreateAsync("Opstartbudget voorstellen aan het AB", OwnerObjectId, 14);
        var elsewhere = CalendarKeys.Actions("tenant-2", "p-elsewhere");
        var theirJson = $$"""{"partnershipName":"Elders","actions":[{"id":"x1","description":"Iets","ownerName":"Ander","ownerId":"{{OwnerObjectId}}","due":"2027-01-10","status":0,"createdAt":"2026-12-01T00:00:00+00:00","createdBy":"{{OwnerTeamsId}}","escalatedAt":null}]}""";
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [elsewhere] = new(theirJson, null) }, default);

        await EraseAsync(new BotConversation(Host, Connector, OwnerTeamsId, "a:owner-1") { AadObjectId = OwnerObjectId });

        Assert.Equal(theirJson, (await Storage.ReadAsync([elsewhere], default))[elsewhere].Json);
    }

    [Fact]
    public async Task Erase_PersonalActions_GoWithTheirDueDayMessage()
    {
        var me = new BotConversation(Host, Connector, OwnerTeamsId, "a:owner-1") { AadObjectId = OwnerObjectId };
        var form = (await me.SayAsync("opvolging")).LastCard;
        var due = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await me.SubmitAsync("form", form, ActionCardActions.Create, (ActionCardActions.Description, "Notitie schrijven"), (ActionCardActions.Due, due));
        var key = PersonalActionStore.Key(Activities.Tenant, "msteams", OwnerTeamsId);
        Assert.Single((await Host.Services.GetRequiredService<PersonalActionStore>().GetAsync(key, default)).Actions);
        Assert.Single(await Scheduler.ListAsync(Activities.Tenant, OwnerTeamsId, default));

        await EraseAsync(me);

        Assert.Empty(await Storage.ReadAsync([key], default));
        Assert.Empty(await Scheduler.ListAsync(Activities.Tenant, OwnerTeamsId, default));
    }

    private IStorage Storage => Host.Services.GetRequiredService<IStorage>();

    private IReminderScheduler Scheduler => Host.Services.GetRequiredService<IReminderScheduler>();

    private BotConversation Consultant() => User(RoundScenario.Consultant, "a:consultant-1");

    private static async Task EraseAsync(BotConversation user)
    {
        var confirm = (await user.SayAsync("verwijder mijn gegevens")).LastCard;
        await user.SubmitAsync("c", confirm, "deleteDataConfirmed");
    }

    private async Task CreateAsync(string description, string owner, int daysAhead)
    {
        var me = Consultant();
        var list = (await me.SayAsync("acties")).LastCard;
        var due = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await me.ExecuteAsync("list", list, ActionCardActions.Create, (ActionCardActions.Description, description), (ActionCardActions.Owner, owner), (ActionCardActions.Due, due));
    }

    private async Task<string> StoredRegisterJsonAsync(Round round)
    {
        var key = CalendarKeys.Actions(Activities.Tenant, round.PartnershipId!);
        return (await Storage.ReadAsync([key], default))[key].Json;
    }

    private async Task<ActionRegisterDocument> RegisterAsync(Round round) =>
        await Host.Services.GetRequiredService<ActionStore>().GetAsync(Activities.Tenant, (await Scenario.Store.PartnershipAsync(Activities.Tenant, round.PartnershipId!, default))!, default);
}
