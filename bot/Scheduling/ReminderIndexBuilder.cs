using Quartz;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Once per store: adds the jobs scheduled before the <see cref="ReminderIndex"/> existed (an upgraded pilot,
/// a migrated store) and marks the index built. Until then lists read the tenant's jobs as they used to, so
/// nothing is missed while it runs; reminders scheduled meanwhile index themselves. Several instances may
/// build at once: adding an id is idempotent.
/// </summary>
internal sealed partial class ReminderIndexBuilder(ISchedulerFactory schedulers, ReminderIndex index, ILogger<ReminderIndexBuilder> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if (await index.IsBuiltAsync(stoppingToken))
            {
                return;
            }

            var scheduler = await schedulers.GetScheduler(stoppingToken);
            var added = 0;
            foreach (var key in await scheduler.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), stoppingToken))
            {
                var detail = await scheduler.GetJobDetail(key, stoppingToken);
                if (detail?.JobDataMap.GetString(ReminderKeys.SpecField) is { } json)
                {
                    await index.AddAsync(ReminderSpecJson.Deserialize(json), key.Name, stoppingToken);
                    added++;
                }
            }

            await index.MarkBuiltAsync(stoppingToken);
            LogBuilt(logger, added);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped before it finished: the next start builds again (adding is idempotent).
        }
        catch (Exception exception)
        {
            // Lists keep reading the tenant's jobs, correct but slower; the next start tries again.
            LogFailed(logger, exception);
        }
    }

    [LoggerMessage(EventId = 5150, Level = LogLevel.Information, Message = "Reminder index built: {Count} existing reminders added")]
    private static partial void LogBuilt(ILogger logger, int count);

    [LoggerMessage(EventId = 5151, Level = LogLevel.Warning, Message = "Could not build the reminder index; lists read every reminder of the tenant until it is built")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
