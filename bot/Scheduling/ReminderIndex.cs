using System.Text.Json;
using PartnershipBot.Storage;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Which reminders an owner has and which are about a subject, per tenant, as small documents beside the
/// job store (<c>tenants/{tenant}/reminder-index/owners/{owner}</c> and <c>…/subjects/{subject}</c>). Quartz can
/// only list a whole job group (a tenant), and reading one job is two queries, so without an index
/// <c>herinneringen</c> and cancelling an action's reminder read every reminder of the tenant: 539 s for one
/// user's list at 1,000 reminders per tenant (<c>bench/scale.sh</c>). The index only ever holds a superset
/// of the jobs: an id is added before its job is scheduled and removed after its job is deleted, so a crash
/// in between leaves an id without a job (skipped and pruned when read), never a job that a list misses.
/// Jobs Quartz deletes by itself (a one-off reminder that fired) are pruned the same way.
/// </summary>
internal sealed class ReminderIndex(IStorage storage)
{
    private const int MaxAttempts = 8;

    /// <summary>Written once every job of an older version (scheduled before the index existed) has been added.</summary>
    public const string BuiltKey = "reminder-index/built-v1";

    public static string OwnerKey(string tenantId, string ownerId) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/reminder-index/owners/{Uri.EscapeDataString(ownerId)}";

    public static string SubjectKey(string tenantId, string subject) =>
        $"tenants/{Uri.EscapeDataString(tenantId)}/reminder-index/subjects/{Uri.EscapeDataString(subject)}";

    /// <summary>True once the index covers every job; before that, lists read the tenant's jobs as they used to.</summary>
    public async Task<bool> IsBuiltAsync(CancellationToken ct) => (await storage.ReadAsync([BuiltKey], ct)).ContainsKey(BuiltKey);

    public Task MarkBuiltAsync(CancellationToken ct) =>
        storage.WriteAsync(new Dictionary<string, StoreItem> { [BuiltKey] = new("{}", StoreItem.AnyETag) }, ct);

    /// <summary>Before the job is scheduled: its id under its owner and its subject.</summary>
    public Task AddAsync(ReminderSpec spec, string reminderId, CancellationToken ct) =>
        ChangeAsync(KeysOf(spec), ids => ids.Add(reminderId), ct);

    /// <summary>After the jobs are deleted (or found missing): their ids out of their owner's and subject's entries.</summary>
    public Task RemoveAsync(ReminderSpec spec, IReadOnlyCollection<string> reminderIds, CancellationToken ct) =>
        ChangeAsync(KeysOf(spec), ids => ids.ExceptWith(reminderIds), ct);

    /// <summary>Ids no job answers for any more: out of the entry they were listed in.</summary>
    public Task PruneAsync(string key, IReadOnlyCollection<string> reminderIds, CancellationToken ct) =>
        reminderIds.Count == 0 ? Task.CompletedTask : ChangeAsync([key], ids => ids.ExceptWith(reminderIds), ct);

    public async Task<IReadOnlyList<string>> IdsAsync(string key, CancellationToken ct)
    {
        var found = await storage.ReadAsync([key], ct);
        return found.TryGetValue(key, out var item) ? Parse(item.Json) : [];
    }

    private static string[] KeysOf(ReminderSpec spec) =>
        string.IsNullOrEmpty(spec.Subject)
            ? [OwnerKey(spec.TenantId, spec.OwnerId)]
            : [OwnerKey(spec.TenantId, spec.OwnerId), SubjectKey(spec.TenantId, spec.Subject)];

    /// <summary>
    /// The owner's entry goes when their data is erased (its key holds their id). Only then: an entry that empties
    /// otherwise stays, empty, because a delete cannot be checked against an eTag and could drop an id added meanwhile.
    /// </summary>
    public Task DeleteOwnerAsync(string tenantId, string ownerId, CancellationToken ct) =>
        storage.DeleteAsync([OwnerKey(tenantId, ownerId)], ct);

    /// <summary>Read, change, write back against the eTag it was read with; a concurrent change of the entry reads it again.</summary>
    private async Task ChangeAsync(IReadOnlyCollection<string> keys, Action<HashSet<string>> change, CancellationToken ct)
    {
        foreach (var key in keys)
        {
            for (var attempt = 1; ; attempt++)
            {
                var found = await storage.ReadAsync([key], ct);
                var current = found.TryGetValue(key, out var item) ? item : null;
                var before = current is null ? [] : Parse(current.Json);
                var ids = new HashSet<string>(before, StringComparer.Ordinal);
                change(ids);
                if (ids.SetEquals(before))
                {
                    break;
                }

                try
                {
                    var json = JsonSerializer.Serialize(new Entry([.. ids.Order(StringComparer.Ordinal)]));
                    await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(json, current?.ETag) }, ct);
                    break;
                }
                catch (StorageConflictException) when (attempt < MaxAttempts)
                {
                    // Another reminder of the same owner or subject changed the entry: read it again.
                }
            }
        }
    }

    private static string[] Parse(string json) => JsonSerializer.Deserialize<Entry>(json)?.Ids ?? [];

    private sealed record Entry(string[] Ids);
}
