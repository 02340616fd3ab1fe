namespace PartnershipBot.Storage;

/// <summary>Deletes expired activity claims now and then, so the table holds only the last minutes' activities.</summary>
internal sealed partial class ActivityClaimSweeper(IActivityClaims claims, TimeProvider time, ILogger<ActivityClaimSweeper> logger) : BackgroundService
{
    public static readonly TimeSpan Interval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await claims.PurgeExpiredClaimsAsync(time.GetUtcNow(), stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // Only housekeeping: expired claims are ignored by TryClaim anyway; try again next time.
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 3110, Level = LogLevel.Warning, Message = "Could not delete expired activity claims")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
