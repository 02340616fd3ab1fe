using System.Collections.Concurrent;
using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Keeps proactive traffic within Teams' bot limits by waiting, not by failing: per conversation one
/// send at a time, at most N per second and M per window; per tenant at most R requests per second
/// for the whole app. Idle per-key limiters are dropped by <see cref="PartitionedRateLimiter"/>.
/// </summary>
internal sealed class ProactivePacer : IDisposable
{
    private readonly PartitionedRateLimiter<string> _conversations;
    private readonly PartitionedRateLimiter<string> _tenants;
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _turns = new(StringComparer.Ordinal);

    public ProactivePacer(IOptions<ReminderOptions> options)
    {
        var o = options.Value;
        _conversations = PartitionedRateLimiter.CreateChained(
            Sliding(o.ConversationMessagesPerSecond, TimeSpan.FromSeconds(1)),
            Sliding(o.ConversationMessagesPerWindow, o.ConversationWindow));
        _tenants = Sliding(o.TenantRequestsPerSecond, TimeSpan.FromSeconds(1));
    }

    /// <summary>Runs <paramref name="send"/> as the conversation's next message, once both limits allow it.</summary>
    public async Task<T> SendInConversationAsync<T>(string tenantId, string conversationId, Func<Task<T>> send, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(send);
        var key = tenantId + "\n" + conversationId;
        var turn = _turns.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        await turn.WaitAsync(ct);
        try
        {
            using var conversationLease = await AcquireAsync(_conversations, key, ct);
            using var tenantLease = await AcquireAsync(_tenants, tenantId, ct);
            return await send();
        }
        finally
        {
            turn.Release();
        }
    }

    /// <summary>Runs a tenant-level request (creating a conversation) within the app's tenant rate.</summary>
    public async Task<T> SendForTenantAsync<T>(string tenantId, Func<Task<T>> send, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(send);
        using var lease = await AcquireAsync(_tenants, tenantId, ct);
        return await send();
    }

    public void Dispose()
    {
        _conversations.Dispose();
        _tenants.Dispose();
        foreach (var turn in _turns.Values)
        {
            turn.Dispose();
        }
    }

    private static async Task<RateLimitLease> AcquireAsync(PartitionedRateLimiter<string> limiter, string key, CancellationToken ct)
    {
        var lease = await limiter.AcquireAsync(key, 1, ct);
        if (!lease.IsAcquired)
        {
            lease.Dispose();
            throw new InvalidOperationException("The proactive send queue is full.");
        }

        return lease;
    }

    private static PartitionedRateLimiter<string> Sliding(int permits, TimeSpan window) =>
        PartitionedRateLimiter.Create<string, string>(key => RateLimitPartition.GetSlidingWindowLimiter(key, _ => new SlidingWindowRateLimiterOptions
        {
            PermitLimit = permits,
            Window = window,
            SegmentsPerWindow = 10,
            QueueLimit = 100_000,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        }));
}
