using Microsoft.Extensions.Options;

namespace PartnershipBot.Turns.Outbox;

/// <summary>
/// Sends the replies of turns whose instance died after saving them and that no channel retry brought back.
/// Every instance sweeps; the outbox's conditional take-over makes one of them send each turn's replies.
/// </summary>
internal sealed partial class OutboxSweeper(ReplyOutbox outbox, IOptions<OutboxOptions> options, TimeProvider time, ILogger<OutboxSweeper> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.SweepInterval, time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await outbox.SweepAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The database or the connector is away: the documents stay and the next sweep tries again.
                LogSweepFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Could not send waiting outbox replies")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
