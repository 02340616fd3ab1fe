using PartnershipBot.Rounds;
using Quartz;

namespace PartnershipBot.Telemetry;

/// <summary>
/// Samples the two figures that live in the job store rather than in this process: triggers already
/// due that have not fired (a stopped or overloaded scheduler shows here first) and open rounds (a
/// round is open while its closing reminder is pending). One small query each, every
/// <see cref="Interval"/>, on the injected clock.
/// </summary>
internal sealed partial class SchedulerSampler(
    ISchedulerFactory schedulers, BotMetrics metrics, TimeProvider time, ILogger<SchedulerSampler> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);

    private const int Page = 500;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        do
        {
            await SampleAsync(stoppingToken);
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    /// <summary>One sample; a failure (the database away) keeps the previous figures and is tried again next time.</summary>
    public async Task SampleAsync(CancellationToken cancellationToken)
    {
        try
        {
            var scheduler = await schedulers.GetScheduler(cancellationToken);
            var due = await scheduler.QueryTriggers(
                new TriggerQuery { NextFireTimeBefore = time.GetUtcNow(), State = TriggerState.Normal, Take = 1, IncludeTotalCount = true },
                cancellationToken);
            metrics.Sample(due.TotalCount ?? due.Items.Count, await CountOpenRoundsAsync(scheduler, cancellationToken));
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogSampleFailed(logger, exception);
        }
    }

    private static async Task<long> CountOpenRoundsAsync(IScheduler scheduler, CancellationToken cancellationToken)
    {
        long open = 0;
        for (var skip = 0; ; skip += Page)
        {
            var page = await scheduler.QueryJobs(new JobQuery { Skip = skip, Take = Page }, cancellationToken);
            open += page.Items.Count(j => string.Equals(j.Description, RoundReminderKinds.Close, StringComparison.Ordinal));
            if (!page.HasMore)
            {
                return open;
            }
        }
    }

    [LoggerMessage(EventId = 7100, Level = LogLevel.Debug, Message = "Telemetry: could not sample the job store")]
    private static partial void LogSampleFailed(ILogger logger, Exception exception);
}
