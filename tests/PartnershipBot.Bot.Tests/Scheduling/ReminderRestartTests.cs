using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>A reminder survives a real restart of the host and a missed one is delivered once, not per missed tick.</summary>
public sealed class ReminderRestartTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task Reminder_DueWhileHostIsDown_IsDeliveredExactlyOnceAfterRestart()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var settings = ReminderSettings.AlwaysWorking(("Reminders:MisfireThreshold", "00:00:00.500"));
        var dataDirectory = TestBotHost.NewDataDirectory();
        DateTimeOffset due;
        // The first host stores the reminder but never runs the scheduler, so it cannot fire here however slowly the host stops.
        await using (var first = await TestBotHost.StartAsync(dataDirectory, settings, TestBotHost.WithoutSchedulerRunning))
        {
            due = DateTimeOffset.UtcNow.AddSeconds(1);
            await first.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(FollowUp(connector, due), default);
        }

        Assert.Empty(connector.Requests);
        // The host stays down until the reminder is past due and past the misfire threshold: that is the scenario.
        var downtime = due.AddSeconds(1.5) - DateTimeOffset.UtcNow;
        if (downtime > TimeSpan.Zero)
        {
            await Task.Delay(downtime);
        }

        var sentinel = new SentinelHandler();
        await using var second = await TestBotHost.StartAsync(dataDirectory, settings, b => b.Services.AddSingleton<IReminderHandler>(sentinel));
        var delivered = await connector.WaitForRequestsAsync(2, Patience);

        // A second, later firing proves the scheduler has moved on: nothing more may come for the first reminder.
        var scheduler = second.Services.GetRequiredService<IReminderScheduler>();
        await scheduler.ScheduleAsync(new ReminderSpec("tenant-1", "sentinel", SentinelHandler.SentinelKind, "s", "{}", DateTimeOffset.UtcNow, null, "sentinel"), default);
        await sentinel.Fired.Task.WaitAsync(Patience);

        Assert.Equal(2, connector.Requests.Count);
        Assert.EndsWith("/v3/conversations", delivered[0].RawTarget, StringComparison.Ordinal);
        var message = connector.Requests[1].Json!;
        Assert.Contains("offerte nasturen (Jan)", message.ToJsonString(), StringComparison.Ordinal);
        // Fired once and done: the one-off trigger has no next firing (the job row goes once Quartz records completion).
        Assert.All(await scheduler.ListAsync("tenant-1", "29:owner", default), r => Assert.Null(r.NextDueUtc));
    }

    private static ReminderSpec FollowUp(RecordingConnector connector, DateTimeOffset due) => new(
        "tenant-1",
        "29:owner",
        FollowUpReminderHandler.FollowUpKind,
        "follow-up",
        new FollowUpPayload(connector.ServiceUrl, "msteams", "28:bot", "Bot", "29:owner", "Owner", "Jan", "offerte nasturen", "nl-NL").ToJson(),
        due,
        null,
        "Afspraak: offerte nasturen (Jan)");

    private sealed class SentinelHandler : IReminderHandler
    {
        public const string SentinelKind = "test.sentinel";

        public TaskCompletionSource Fired { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public string Kind => SentinelKind;

        public Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
        {
            Fired.TrySetResult();
            return Task.CompletedTask;
        }
    }
}
