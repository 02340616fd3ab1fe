using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Storage;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Channels retry an activity when the bot answers slowly. A retry with the same id must not run
/// the turn twice. On this instance it waits for (or reuses) the first run's outcome; the claim in
/// the database stops a retry that reaches another instance, or this one after a restart: that
/// retry is answered 200 with nothing sent, since the first run sends the replies. Entries expire
/// after a window; the in-memory table is bounded, oldest first.
/// </summary>
internal sealed class ActivityDeduplicator(IActivityClaims claims, TimeProvider timeProvider, TimeSpan window, int capacity)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Lazy<Task<TurnOutcome>>> _outcomes = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<(string Key, DateTimeOffset Expires)> _expiry = new();

    public ActivityDeduplicator(IActivityClaims claims, TimeProvider timeProvider)
        : this(claims, timeProvider, DefaultWindow, 50_000)
    {
    }

    /// <summary>Runs <paramref name="turn"/> unless the same key ran within the window, here or on another instance.</summary>
    public async Task<TurnOutcome> RunOnceAsync(string key, Func<Task<TurnOutcome>> turn)
    {
        Evict();
        var lazy = new Lazy<Task<TurnOutcome>>(() => ClaimAndRunAsync(key, turn), LazyThreadSafetyMode.ExecutionAndPublication);
        var winner = _outcomes.GetOrAdd(key, lazy);
        if (ReferenceEquals(winner, lazy))
        {
            _expiry.Enqueue((key, timeProvider.GetUtcNow() + window));
        }

        try
        {
            return await winner.Value;
        }
        catch
        {
            // The claim could not be made (the database is away): forget it, so the channel's retry tries again.
            _outcomes.TryRemove(new KeyValuePair<string, Lazy<Task<TurnOutcome>>>(key, winner));
            throw;
        }
    }

    private async Task<TurnOutcome> ClaimAndRunAsync(string key, Func<Task<TurnOutcome>> turn)
    {
        var now = timeProvider.GetUtcNow();
        // Hashed: the table needs to recognise a key, not to hold conversation ids.
        var claimed = await claims.TryClaimAsync(Hash(key), now, now + window, CancellationToken.None);
        return claimed ? await turn() : TurnOutcome.Ok;
    }

    private static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

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
