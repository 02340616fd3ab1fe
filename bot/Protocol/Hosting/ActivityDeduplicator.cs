using System.Collections.Concurrent;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Channels retry an activity when the bot answers slowly. A retry with the same id must not run
/// the turn twice: it waits for (or reuses) the first run's outcome. Entries expire after a window
/// and the table is bounded, oldest first.
/// </summary>
internal sealed class ActivityDeduplicator(TimeProvider timeProvider, TimeSpan window, int capacity)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<TurnOutcome>>> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, DateTimeOffset Expires)> _expiry = new();

    public ActivityDeduplicator(TimeProvider timeProvider)
        : this(timeProvider, TimeSpan.FromMinutes(10), 50_000)
    {
    }

    /// <summary>Runs <paramref name="turn"/> unless the same key ran within the window.</summary>
    public Task<TurnOutcome> RunOnceAsync(string key, Func<Task<TurnOutcome>> turn)
    {
        Evict();
        var lazy = new Lazy<Task<TurnOutcome>>(turn, LazyThreadSafetyMode.ExecutionAndPublication);
        var winner = _outcomes.GetOrAdd(key, lazy);
        if (ReferenceEquals(winner, lazy))
        {
            _expiry.Enqueue((key, timeProvider.GetUtcNow() + window));
        }

        return winner.Value;
    }

    private void Evict()
    {
        var now = timeProvider.GetUtcNow();
        while (_expiry.TryPeek(out var head) && (head.Expires <= now || _expiry.Count > capacity))
        {
            if (_expiry.TryDequeue(out head))
            {
                _outcomes.TryRemove(head.Key, out _);
            }
        }
    }
}
