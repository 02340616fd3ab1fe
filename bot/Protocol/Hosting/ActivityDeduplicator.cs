using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Storage;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Channels retry an activity when the bot answers slowly. A retry with the same id must not run
/// the turn twice. On this instance it waits for (or reuses) the first run's outcome; the claim in
/// the database stops a retry that reaches another instance, or this one after a restart: that
/// retry is answered 200 and does not run the turn again; it only gives the first run's saved replies
/// a chance to go out (<c>retried</c>), in case that run died before sending them. Entries expire
/// after a window; the in-memory table is bounded, oldest first.
/// </summary>
internal sealed class ActivityDeduplicator(IActivityClaims claims, TimeProvider timeProvider, TimeSpan window, int capacity)
{
    public static readonly TimeSpan DefaultWindow = TimeSpan.FromMinutes(10);

    private static readonly Lazy<Task<TurnOutcome>> FinishedOk = new(Task.FromResult(TurnOutcome.Ok));

    // Keyed by the first half of the key's SHA-256 rather than the key itself: the table holds tens of
    // thousands of entries (ten minutes of activities), and 16 bytes are a fraction of a conversation id.
    private readonly ConcurrentDictionary<UInt128, Lazy<Task<TurnOutcome>>> _outcomes = new();
    private readonly ConcurrentQueue<(UInt128 Key, DateTimeOffset Expires)> _expiry = new();

    public ActivityDeduplicator(IActivityClaims claims, TimeProvider timeProvider)
        : this(claims, timeProvider, DefaultWindow, 50_000)
    {
    }

    /// <summary>Runs <paramref name="turn"/> unless the same key ran within the window, here or on another instance.</summary>
    public Task<TurnOutcome> RunOnceAsync(string key, Func<Task<TurnOutcome>> turn) => RunOnceAsync(key, turn, null);

    /// <summary>As <see cref="RunOnceAsync(string, Func{Task{TurnOutcome}})"/>; a retry claimed elsewhere runs <paramref name="retried"/> instead.</summary>
    public async Task<TurnOutcome> RunOnceAsync(string key, Func<Task<TurnOutcome>> turn, Func<Task<TurnOutcome>>? retried)
    {
        Evict();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
        var memoryKey = BinaryPrimitives.ReadUInt128BigEndian(hash);
        var lazy = new Lazy<Task<TurnOutcome>>(() => ClaimAndRunAsync(hash, turn, retried), LazyThreadSafetyMode.ExecutionAndPublication);
        var winner = _outcomes.GetOrAdd(memoryKey, lazy);
        if (ReferenceEquals(winner, lazy))
        {
            _expiry.Enqueue((memoryKey, timeProvider.GetUtcNow() + window));
        }

        try
        {
            var outcome = await winner.Value;
            // The finished turn's task still holds what the turn captured (the whole parsed activity);
            // a retry needs only the outcome, so the entry keeps just that for the rest of the window.
            _outcomes.TryUpdate(memoryKey, Finished(outcome), winner);
            return outcome;
        }
        catch
        {
            // The claim could not be made (the database is away): forget it, so the channel's retry tries again.
            _outcomes.TryRemove(new KeyValuePair<UInt128, Lazy<Task<TurnOutcome>>>(memoryKey, winner));
            throw;
        }
    }

    private async Task<TurnOutcome> ClaimAndRunAsync(byte[] hash, Func<Task<TurnOutcome>> turn, Func<Task<TurnOutcome>>? retried)
    {
        var now = timeProvider.GetUtcNow();
        // Hashed: the table needs to recognise a key, not to hold conversation ids.
        var claimed = await claims.TryClaimAsync(Convert.ToHexString(hash), now, now + window, CancellationToken.None);
        if (claimed)
        {
            return await turn();
        }

        return retried is null ? TurnOutcome.Ok : await retried();
    }

    private static Lazy<Task<TurnOutcome>> Finished(TurnOutcome outcome) =>
        ReferenceEquals(outcome, TurnOutcome.Ok) ? FinishedOk : new Lazy<Task<TurnOutcome>>(Task.FromResult(outcome));

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
