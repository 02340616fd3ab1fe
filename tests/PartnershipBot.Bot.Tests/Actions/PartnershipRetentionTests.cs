using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Actions;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Reports;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Actions;

/// <summary>
/// The tenant's daily retention job (Rounds:RetentionMonths, 24) on the real host's stores, on a fake clock: expired
/// actions go, an idle partnership's calendar, register and entity go, what is still in use stays.
/// </summary>
public sealed class PartnershipRetentionTests : ReportHostTest
{
    private static readonly DateTimeOffset Start = new(2026, 12, 3, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Retention_ActionDueMoreThanTheRetentionPeriodAgo_DeletedWhileTheActivePartnershipKeepsTheRest()
    {
        var round = await ClosedRoundAsync();
        await CreateAsync("Oude afspraak nakomen", 14); // due 17 December 2026
        await CreateAsync("Nieuwe begroting bespreken", 400);
        var partnership = (await Scenario.Store.PartnershipAsync(Activities.Tenant, round.PartnershipId!, default))!;
        // A year later someone marks the old one done: the register is in use.
        var later = new ActionStore(Storage, Host.Services.GetRequiredService<LegacyNameData>(), new FakeTimeProvider(Start.AddMonths(12)));
        await later.UpdateAsync(Activities.Tenant, partnership, r => r.With(r.Actions.Single(a => a.Description == "Oude afspraak nakomen").MarkDone()), default);

        await RunRetentionAsync(Start.AddMonths(25));

        var json = await JsonAsync(CalendarKeys.Actions(Activities.Tenant, round.PartnershipId!));
        Assert.DoesNotContain("Oude afspraak nakomen", json, StringComparison.Ordinal);
        Assert.Contains("Nieuwe begroting bespreken", json, StringComparison.Ordinal);
        Assert.NotNull(await Scenario.Store.PartnershipAsync(Activities.Tenant, round.PartnershipId!, default));
    }

    [Fact]
    public async Task Retention_PartnershipIdleForTheRetentionPeriod_CalendarRegisterAndPartnershipDeletedOnlyThen()
    {
        var round = await ClosedRoundAsync();
        await CreateAsync("Standaarden vastleggen", 21);
        var partnership = (await Scenario.Store.PartnershipAsync(Activities.Tenant, round.PartnershipId!, default))!;
        await Host.Services.GetRequiredService<CalendarStore>().UpdateAsync(Activities.Tenant, partnership, c => c.WithEdits(2027, new Dictionary<PlanningMoment, DateOnly> { [PlanningMoment.Frameworks] = new(2027, 4, 15) }), default);
        var keys = new[] { CalendarKeys.Actions(Activities.Tenant, partnership.Id), CalendarKeys.Calendar(Activities.Tenant, partnership.Id), RoundKeys.Partnership(Activities.Tenant, partnership.Id) };
        var elsewhere = CalendarKeys.Actions("tenant-2", "p-old");
        var theirJson = """{"partnershipName":"Elders","actions":[],"changedAt":"2020-01-01T00:00:00+00:00"}""";
        await Storage.WriteAsync(new Dictionary<string, StoreItem> { [elsewhere] = new(theirJson, null) }, default);

        await RunRetentionAsync(Start.AddMonths(24).AddDays(-1));
        Assert.Equal(keys.Length, (await Storage.ReadAsync(keys, default)).Count);

        await RunRetentionAsync(Start.AddMonths(24).AddDays(1));
        Assert.Empty(await Storage.ReadAsync(keys, default));
        Assert.Equal(theirJson, (await Storage.ReadAsync([elsewhere], default))[elsewhere].Json);
    }

    [Fact]
    public async Task Retention_RegisterSavedBeforeChangesWereStamped_KeptAndItsPeriodStartsAtTheFirstRun()
    {
        await ClosedRoundAsync();
        var key = CalendarKeys.Actions(Activities.Tenant, "p-before-stamps");
        await Storage.WriteAsync(new Dictionary<string, StoreItem>
        {
            [key] = new("""{"partnershipName":"Vroeger","actions":[{"id":"a1","description":"Iets","ownerName":"Jan","ownerId":null,"due":"2029-06-01","status":0,"createdAt":"2020-01-01T00:00:00+00:00","createdBy":"29:c","escalatedAt":null}]}""", null),
        }, default);
        var firstRun = Start.AddMonths(25);

        await RunRetentionAsync(firstRun);
        var stamped = JsonNode.Parse(await JsonAsync(key))!;
        Assert.Equal(firstRun, stamped["changedAt"]!.GetValue<DateTimeOffset>());
        Assert.Single(stamped["actions"]!.AsArray());

        await RunRetentionAsync(firstRun.AddMonths(24).AddDays(1));
        Assert.Empty(await Storage.ReadAsync([key], default));
    }

    private IStorage Storage => Host.Services.GetRequiredService<IStorage>();

    /// <summary>
    /// The tenant's retention job as the host composes it, on its own clock: moving the host's clock by years
    /// would run every periodic timer of the host once per period.
    /// </summary>
    private Task RunRetentionAsync(DateTimeOffset now)
    {
        var clock = new FakeTimeProvider(now);
        var options = Host.Services.GetRequiredService<IOptions<RoundsOptions>>();
        var partnerships = new PartnershipRetention(Host.Services.GetRequiredService<PartnershipFolders>(), Scenario.Store, Storage, Host.Services.GetRequiredService<IReminderScheduler>(), options, clock, NullLogger<PartnershipRetention>.Instance);
        var handler = new RoundRetention(Scenario.Store, options, clock, [partnerships], NullLogger<RoundRetention>.Instance);
        return handler.HandleAsync(new ScheduledReminder("retention", new ReminderSpec(Activities.Tenant, RoundReminderKinds.SystemOwner, RoundReminderKinds.Retention, RoundReminderKinds.RetentionSubject, "{}", now, null, "Rounds retention"), now), now, default);
    }

    private async Task<string> JsonAsync(string key) => (await Storage.ReadAsync([key], default))[key].Json;

    private async Task CreateAsync(string description, int daysAhead)
    {
        var me = User(RoundScenario.Consultant, "a:consultant-1");
        var list = (await me.SayAsync("acties")).LastCard;
        var due = DateOnly.FromDateTime(Clock.GetUtcNow().UtcDateTime).AddDays(daysAhead).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await me.ExecuteAsync("list", list, ActionCardActions.Create, (ActionCardActions.Description, description), (ActionCardActions.OwnerName, "Jan de Vries"), (ActionCardActions.Due, due));
    }
}
