using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>The scheduler over Quartz's SQLite job store in the real host: schedule, list, cancel, tenant scope.</summary>
public sealed class QuartzReminderSchedulerTests : IAsyncLifetime
{
    private TestBotHost? _host;

    private IReminderScheduler Scheduler => _host!.Services.GetRequiredService<IReminderScheduler>();

    public async Task InitializeAsync() => _host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking());

    public async Task DisposeAsync() => await _host!.DisposeAsync();

    [Fact]
    public async Task ScheduleAsync_OneOff_IsListedForItsOwnerOnly()
    {
        var scheduled = await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-1", TimeSpan.FromDays(2)), default);

        var mine = await Scheduler.ListAsync("tenant-a", "owner-1", default);
        var someoneElses = await Scheduler.ListAsync("tenant-a", "owner-2", default);
        var otherTenant = await Scheduler.ListAsync("tenant-b", "owner-1", default);

        var listed = Assert.Single(mine);
        Assert.Equal(scheduled.Id, listed.Id);
        Assert.Equal("Opvolging", listed.Spec.Description);
        Assert.NotNull(listed.NextDueUtc);
        Assert.Empty(someoneElses);
        Assert.Empty(otherTenant);
    }

    [Fact]
    public async Task CancelAsync_ByAnotherOwnerOrTenant_IsRefusedAndKeepsTheReminder()
    {
        var scheduled = await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-1", TimeSpan.FromDays(2)), default);

        Assert.False(await Scheduler.CancelAsync("tenant-a", "owner-2", scheduled.Id, default));
        Assert.False(await Scheduler.CancelAsync("tenant-b", "owner-1", scheduled.Id, default));
        Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default));

        Assert.True(await Scheduler.CancelAsync("tenant-a", "owner-1", scheduled.Id, default));
        Assert.Empty(await Scheduler.ListAsync("tenant-a", "owner-1", default));
    }

    [Fact]
    public async Task CancelForSubjectAsync_CancelsThatSubjectInThatTenantOnly()
    {
        await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-1", TimeSpan.FromDays(2)) with { Subject = "round-1" }, default);
        await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-2", TimeSpan.FromDays(3), new ReminderRecurrence(1, RecurrenceUnit.Weeks)) with { Subject = "round-1" }, default);
        await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-1", TimeSpan.FromDays(2)) with { Subject = "round-2" }, default);
        await Scheduler.ScheduleAsync(Spec("tenant-b", "owner-1", TimeSpan.FromDays(2)) with { Subject = "round-1" }, default);

        var cancelled = await Scheduler.CancelForSubjectAsync("tenant-a", "round-1", default);

        Assert.Equal(2, cancelled);
        Assert.Equal("round-2", Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default)).Spec.Subject);
        Assert.Single(await Scheduler.ListAsync("tenant-b", "owner-1", default));
    }

    [Fact]
    public async Task ScheduleAsync_Recurring_ListsTheFirstDueTime()
    {
        var due = DateTimeOffset.UtcNow.AddDays(1);
        var scheduled = await Scheduler.ScheduleAsync(Spec("tenant-a", "owner-1", TimeSpan.FromDays(1), new ReminderRecurrence(2, RecurrenceUnit.Weeks)), default);

        var listed = Assert.Single(await Scheduler.ListAsync("tenant-a", "owner-1", default));

        Assert.Equal(scheduled.Id, listed.Id);
        Assert.Equal(new ReminderRecurrence(2, RecurrenceUnit.Weeks), listed.Spec.Recurrence);
        Assert.InRange(listed.NextDueUtc!.Value, due.AddMinutes(-1), due.AddMinutes(1));
    }

    internal static ReminderSpec Spec(string tenant, string owner, TimeSpan dueIn, ReminderRecurrence? recurrence = null) =>
        new(tenant, owner, "test.kind", "subject", "{}", DateTimeOffset.UtcNow + dueIn, recurrence, "Opvolging");
}
