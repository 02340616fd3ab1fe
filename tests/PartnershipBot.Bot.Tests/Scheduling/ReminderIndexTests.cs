using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;
using Quartz;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>
/// The reminder index in the real host: lists and cancels by owner or subject read only the jobs their entry
/// names; jobs that are gone are pruned; jobs of an older version are added once at start; erasure takes the
/// owner's entry (its key holds their id).
/// </summary>
public sealed class ReminderIndexTests : IAsyncLifetime
{
    private readonly string _data = TestBotHost.NewDataDirectory();
    private TestBotHost? _host;

    private IReminderScheduler Scheduler => _host!.Services.GetRequiredService<IReminderScheduler>();

    private IStorage Storage => _host!.Services.GetRequiredService<IStorage>();

    public async Task InitializeAsync() => _host = await StartAsync();

    public async Task DisposeAsync()
    {
        await _host!.DisposeAsync();
        Directory.Delete(_data, recursive: true);
    }

    [Fact]
    public async Task Schedule_AndCancel_KeepTheOwnersAndTheSubjectsEntries()
    {
        var first = await Scheduler.ScheduleAsync(Spec("owner-1", "action:a1"), default);
        var second = await Scheduler.ScheduleAsync(Spec("owner-1", "action:a2"), default);
        var other = await Scheduler.ScheduleAsync(Spec("owner-2", "action:a1"), default);

        Assert.Equal(new[] { first.Id, second.Id }.Order(), (await EntryAsync(ReminderIndex.OwnerKey("tenant-a", "owner-1"))).Order());
        Assert.Equal(new[] { first.Id, other.Id }.Order(), (await EntryAsync(ReminderIndex.SubjectKey("tenant-a", "action:a1"))).Order());

        Assert.Equal(2, await Scheduler.CancelForSubjectAsync("tenant-a", "action:a1", default));

        Assert.Equal([second.Id], await EntryAsync(ReminderIndex.OwnerKey("tenant-a", "owner-1")));
        Assert.Empty(await EntryAsync(ReminderIndex.OwnerKey("tenant-a", "owner-2")));
        Assert.Empty(await EntryAsync(ReminderIndex.SubjectKey("tenant-a", "action:a1")));
        Assert.Equal(second.Id, Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default)).Id);
    }

    [Fact]
    public async Task List_AJobThatIsGone_IsLeftOutAndPrunedFromTheEntry()
    {
        var kept = await Scheduler.ScheduleAsync(Spec("owner-1", "s"), default);
        var fired = await Scheduler.ScheduleAsync(Spec("owner-1", "s"), default);
        // As Quartz does with a one-off reminder once it has fired: the job goes, the scheduler is not asked.
        var quartz = await _host!.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        Assert.True(await quartz.DeleteJob(ReminderKeys.Job("tenant-a", fired.Id)));

        var listed = await Scheduler.ListAsync("tenant-a", "owner-1", default);

        Assert.Equal(kept.Id, Assert.Single(listed).Id);
        Assert.Equal([kept.Id], await EntryAsync(ReminderIndex.OwnerKey("tenant-a", "owner-1")));
    }

    [Fact]
    public async Task Start_WithJobsOfAVersionWithoutTheIndex_AddsThemOnceAndListsThem()
    {
        var older = await Scheduler.ScheduleAsync(Spec("owner-1", "s"), default);
        await _host!.DisposeAsync();
        // The store as an older version left it: the job, no index.
        using (var file = new SqliteStorage(Path.Combine(_data, "partnershipbot.db")))
        {
            await file.DeleteAsync([ReminderIndex.BuiltKey, ReminderIndex.OwnerKey("tenant-a", "owner-1"), ReminderIndex.SubjectKey("tenant-a", "s")], default);
            Assert.Empty(await file.ReadAsync([ReminderIndex.BuiltKey, ReminderIndex.OwnerKey("tenant-a", "owner-1")], default));
        }

        _host = await StartAsync();

        Assert.Equal([older.Id], await EntryAsync(ReminderIndex.OwnerKey("tenant-a", "owner-1")));
        Assert.NotEmpty(await Storage.ReadAsync([ReminderIndex.BuiltKey], default));
        Assert.Equal(older.Id, Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default)).Id);
    }

    [Fact]
    public async Task List_AnOccurrenceDeferredIntoWorkingHours_ShowsTheDeferredDelivery()
    {
        var weekly = await Scheduler.ScheduleAsync(
            QuartzReminderSchedulerTests.Spec("tenant-a", "owner-1", TimeSpan.FromDays(6), new ReminderRecurrence(1, RecurrenceUnit.Weeks)), default);
        // What ReminderJob schedules for an occurrence that fell outside working hours: one delivery, by its fixed key.
        var quartz = await _host!.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        var job = ReminderKeys.Job("tenant-a", weekly.Id);
        var at = DateTimeOffset.UtcNow.AddDays(1);
        await quartz.ScheduleJob(TriggerBuilder.Create().WithIdentity(ReminderKeys.DeferredTrigger(job)).ForJob(job).StartAt(at).Build(), default);

        var listed = Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default));

        Assert.InRange(listed.NextDueUtc!.Value, at.AddSeconds(-1), at.AddSeconds(1));
        Assert.True(listed.NextDueUtc < weekly.NextDueUtc);
    }

    [Fact]
    public async Task EraseUser_CancelsTheirRemindersAndDeletesTheirEntry()
    {
        await Scheduler.ScheduleAsync(Spec("29:anne", "s"), default);
        var eraser = _host!.Services.GetServices<IUserDataEraser>().OfType<ReminderDataEraser>().Single();

        await eraser.EraseAsync(new ErasureRequest("tenant-a", "msteams", "29:anne", null), default);

        Assert.Empty(await Scheduler.ListAsync("tenant-a", "29:anne", default));
        Assert.Empty(await Storage.ReadAsync([ReminderIndex.OwnerKey("tenant-a", "29:anne")], default));
    }

    /// <summary>A host whose index builder has finished, so the lists below go through the index.</summary>
    private async Task<TestBotHost> StartAsync()
    {
        var host = await TestBotHost.StartAsync(_data, ReminderSettings.AlwaysWorking());
        var builder = host.Services.GetServices<IHostedService>().OfType<ReminderIndexBuilder>().Single();
        await builder.ExecuteTask!;
        Assert.NotEmpty(await host.Services.GetRequiredService<IStorage>().ReadAsync([ReminderIndex.BuiltKey], default));
        return host;
    }

    private async Task<IReadOnlyList<string>> EntryAsync(string key) => await _host!.Services.GetRequiredService<ReminderIndex>().IdsAsync(key, default);

    private static ReminderSpec Spec(string owner, string subject) =>
        QuartzReminderSchedulerTests.Spec("tenant-a", owner, TimeSpan.FromDays(2)) with { Subject = subject };
}
