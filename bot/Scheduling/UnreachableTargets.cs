using System.Text.Json;
using PartnershipBot.Storage;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Users (or conversations) the connector answered 403/404 for: the bot was removed. Stored per tenant
/// at <c>tenants/{tenant}/unreachable/{target}</c>; cleared when the user talks to the bot again.
/// Clearing runs on every turn, so targets known to carry no mark are remembered for the process's
/// life: only this process writes marks (one instance on one SQLite file), and marking forgets them.
/// With several instances on one store another instance may mark a target unseen, so nothing is remembered.
/// </summary>
internal sealed class UnreachableTargets(IStorage storage, TimeProvider time, StorageTopology? topology = null)
{
    private readonly bool _remember = !(topology ?? StorageTopology.SingleProcess).SharedByInstances;
    private const int MaxRemembered = 100_000;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, byte> _knownClear = new(StringComparer.Ordinal);

    public async Task<bool> IsUnreachableAsync(string tenantId, string targetId, CancellationToken ct)
    {
        var key = Key(tenantId, targetId);
        var found = await storage.ReadAsync([key], ct);
        return found.ContainsKey(key);
    }

    public Task MarkAsync(string tenantId, string targetId, string reason, CancellationToken ct)
    {
        _knownClear.TryRemove(Key(tenantId, targetId), out _);
        var json = JsonSerializer.Serialize(new UnreachableMark(reason, time.GetUtcNow()));
        return storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(tenantId, targetId)] = new(json, StoreItem.AnyETag) }, ct);
    }

    /// <summary>
    /// Clears the marks of <paramref name="targetIds"/> that exist. It runs on every turn, so it is one
    /// read for all targets, and an ordinary turn (nothing marked) costs no write.
    /// </summary>
    public async Task ClearAsync(string tenantId, IReadOnlyCollection<string> targetIds, CancellationToken ct)
    {
        var keys = targetIds.Select(target => Key(tenantId, target)).Where(key => !_knownClear.ContainsKey(key)).ToList();
        if (keys.Count == 0)
        {
            return;
        }

        var found = await storage.ReadAsync(keys, ct);
        if (found.Count > 0)
        {
            await storage.DeleteAsync([.. found.Keys], ct);
        }

        if (!_remember)
        {
            return;
        }

        if (_knownClear.Count > MaxRemembered)
        {
            _knownClear.Clear();
        }

        foreach (var key in keys)
        {
            _knownClear.TryAdd(key, 0);
        }
    }

    /// <summary>The target id of a conversation (a channel or group chat), beside users' own ids.</summary>
    public static string ConversationTarget(string conversationId) => "conversation:" + conversationId;

    public static string Key(string tenantId, string targetId) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/unreachable/{Uri.EscapeDataString(targetId)}";

    private sealed record UnreachableMark(string Reason, DateTimeOffset SinceUtc);
}
