using System.Threading.Channels;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns.Outbox;

/// <summary>
/// Marks sent outbox documents as done by deleting them, many per statement and off the turn's path, so
/// the outbox costs a turn no extra round trip. An instance that dies before a batch is deleted leaves
/// those replies to the sweeper, which sends them again: the window is the few milliseconds of a batch.
/// </summary>
internal sealed partial class OutboxAcknowledger(IStorage storage, ILogger<OutboxAcknowledger> logger) : BackgroundService
{
    private const int Batch = 512;
    private readonly Channel<string> _sent = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public void Acknowledge(string key) => _sent.Writer.TryWrite(key);

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // Whatever was sent before the stop is marked, so a restart does not send it again.
        _sent.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var keys = new List<string>(Batch);
        // Not stoppingToken: after a stop the channel is completed and drained to its end.
        while (await _sent.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (keys.Count < Batch && _sent.Reader.TryRead(out var key))
            {
                keys.Add(key);
            }

            try
            {
                await storage.DeleteAsync(keys, CancellationToken.None);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The documents stay; the sweeper finds them after their lease and sends them once more.
                LogAcknowledgeFailed(logger, exception, keys.Count);
            }

            keys.Clear();
        }
    }

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Could not mark {Count} sent outbox documents as done")]
    private static partial void LogAcknowledgeFailed(ILogger logger, Exception exception, int count);
}
