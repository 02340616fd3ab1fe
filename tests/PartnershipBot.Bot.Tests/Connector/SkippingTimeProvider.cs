using System.Collections.Concurrent;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>
/// Real time, except that waits (Task.Delay timers) complete at once and move this clock forward by
/// the wait instead: retry tests run in milliseconds yet the retry budget sees the time pass, and the
/// requested waits can be inspected. Timers of CancellationTokenSources (per-attempt timeouts) never
/// fire by themselves: a test expires them with <see cref="ExpireAttemptTimeouts"/> once the peer has
/// really been silent, so a slow machine can never turn an answered attempt into a timeout.
/// </summary>
internal sealed class SkippingTimeProvider : TimeProvider
{
    private readonly ConcurrentQueue<TimeSpan> delays = new();
    private readonly ConcurrentQueue<ITimer> attemptTimeouts = new();
    private long skippedTicks;

    public IReadOnlyList<TimeSpan> RequestedDelays => [.. delays];

    private TimeSpan Skipped => TimeSpan.FromTicks(Interlocked.Read(ref skippedTicks));

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Skipped;

    public override long TimestampFrequency => System.TimestampFrequency;

    public override long GetTimestamp() => System.GetTimestamp() + (long)(Skipped.TotalSeconds * TimestampFrequency);

    /// <summary>Fires every attempt timeout created so far (those already disposed ignore it).</summary>
    public void ExpireAttemptTimeouts()
    {
        foreach (var timer in attemptTimeouts)
        {
            timer.Change(TimeSpan.Zero, Timeout.InfiniteTimeSpan);
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (state is CancellationTokenSource)
        {
            var held = System.CreateTimer(callback, state, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            attemptTimeouts.Enqueue(held);
            return held;
        }

        if (dueTime == Timeout.InfiniteTimeSpan || period != Timeout.InfiniteTimeSpan)
        {
            return System.CreateTimer(callback, state, dueTime, period);
        }

        delays.Enqueue(dueTime);
        Interlocked.Add(ref skippedTicks, dueTime.Ticks);
        return System.CreateTimer(callback, state, TimeSpan.Zero, period);
    }
}
