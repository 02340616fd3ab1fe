using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Reminders;
using PartnershipBot.Telemetry;
using Quartz;

namespace PartnershipBot.Scheduling;

/// <summary>
/// One due occurrence of a reminder: handed to the handler of its kind, once. An occurrence that falls
/// outside working hours (a recurring one on a Saturday, or a missed one replayed at night) is not
/// delivered now but gets a one-off trigger at the next working moment.
/// </summary>
[DisallowConcurrentExecution]
internal sealed partial class ReminderJob(
    IEnumerable<IReminderHandler> handlers,
    IOptions<ReminderOptions> options,
    BotMetrics metrics,
    ILogger<ReminderJob> logger) : IJob
{
    private readonly WorkingHours _hours = options.Value.ToWorkingHours();

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var key = context.JobDetail.Key;
        var spec = ReminderSpecJson.Deserialize(context.JobDetail.JobDataMap.GetString(ReminderKeys.SpecField)!);
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.Spans.Reminder);
        span?.SetTag(BotTelemetry.Tags.ReminderKind, spec.Kind);
        if (!_hours.IsWorking(context.FireTimeUtc))
        {
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Deferred);
            await DeferAsync(context, key, cancellationToken);
            return;
        }

        var handler = handlers.LastOrDefault(h => string.Equals(h.Kind, spec.Kind, StringComparison.Ordinal));
        if (handler is null)
        {
            LogNoHandler(logger, key.Name, spec.Kind);
            return;
        }

        var due = context.ScheduledFireTimeUtc ?? context.FireTimeUtc;
        var reminder = new ScheduledReminder(key.Name, spec, context.NextFireTimeUtc);
        try
        {
            await handler.HandleAsync(reminder, due, cancellationToken);
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Ok);
            metrics.ReminderFired(spec.Kind);
            LogDelivered(logger, key.Name, spec.Kind);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Not rethrown: a refire loop would message people again and again. The next occurrence still comes.
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Failed);
            span?.SetStatus(System.Diagnostics.ActivityStatusCode.Error, ex.GetType().Name);
            metrics.ReminderFailed(spec.Kind);
            LogHandlerFailed(logger, ex, key.Name, spec.Kind);
        }
    }

    private async Task DeferAsync(IJobExecutionContext context, JobKey key, CancellationToken cancellationToken)
    {
        var at = _hours.NextWorkingMoment(context.FireTimeUtc);
        var trigger = TriggerBuilder.Create()
            .WithIdentity(ReminderKeys.DeferredTrigger(key))
            .ForJob(key)
            .StartAt(at)
            .UsingJobData(ReminderKeys.DeferredField, "true")
            .WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow))
            .Build();
        // Keep: a replayed firing, or another occurrence of the same non-working stretch (both move to the same
        // next working moment), must not stack a second deferred delivery on the first.
        await context.Scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);

        LogDeferred(logger, key.Name, at);
    }

    [LoggerMessage(EventId = 5110, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) delivered")]
    private static partial void LogDelivered(ILogger logger, string reminderId, string kind);

    [LoggerMessage(EventId = 5111, Level = LogLevel.Information, Message = "Reminder {ReminderId} came due outside working hours; moved to {AtUtc:o}")]
    private static partial void LogDeferred(ILogger logger, string reminderId, DateTimeOffset atUtc);

    [LoggerMessage(EventId = 5112, Level = LogLevel.Warning, Message = "Reminder {ReminderId} has kind {Kind}, which no handler delivers")]
    private static partial void LogNoHandler(ILogger logger, string reminderId, string kind);

    [LoggerMessage(EventId = 5113, Level = LogLevel.Error, Message = "Reminder {ReminderId} ({Kind}) failed to deliver")]
    private static partial void LogHandlerFailed(ILogger logger, Exception exception, string reminderId, string kind);
}
