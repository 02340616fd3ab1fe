using System.Text.Json;
using PartnershipBot.Storage;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Users (or conversations) the connector answered 403/404 for: the bot was removed. Stored per tenant
/// at <c>tenants/{tenant}/unreachable/{target}</c>; cleared when the user talks to the bot again.
/// </summary>
internal sealed class UnreachableTargets(IStorage storage, TimeProvider time)
{
    public async Task<bool> IsUnreachableAsync(string tenantId, string targetId, CancellationToken ct)
    {
        var key = Key(tenantId, targetId);
        var found = await storage.ReadAsync([key], ct);
        return found.ContainsKey(key);
    }

    public Task MarkAsync(string tenantId, string targetId, string reason, CancellationToken ct)
    {
        var json = JsonSerializer.Serialize(new UnreachableMark(reason, time.GetUtcNow()));
        return storage.WriteAsync(new Dictionary<string, StoreItem> { [Key(tenantId, targetId)] = new(json, StoreItem.AnyETag) }, ct);
    }

    /// <summary>
    /// Clears the marks of <paramref name="targetIds"/> that exist. It runs on every turn, so it is one
    /// read for all targets, and an ordinary turn (nothing marked) costs no write.
    /// </summary>
    public async Task ClearAsync(string tenantId, IReadOnlyCollection<string> targetIds, CancellationToken ct)
    {
        var found = await storage.ReadAsync([.. targetIds.Select(target => Key(tenantId, target))], ct);
        if (found.Count > 0)
        {
            await storage.DeleteAsync([.. found.Keys], ct);
        }
    }

    public static string Key(string tenantId, string targetId) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/unreachable/{Uri.EscapeDataString(targetId)}";

    private sealed record UnreachableMark(string Reason, DateTimeOffset SinceUtc);
}
