using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Actions;

/// <summary>
/// Retention of what a partnership keeps beside its rounds, run by the tenant's daily retention job after the
/// rounds (<see cref="RoundsOptions.RetentionMonths"/>, 24 by default):
/// <list type="bullet">
/// <item>an action whose due date lies more than that long in the past is deleted, done or not: follow-up is
/// long over;</item>
/// <item>a partnership with no round, no change to its register or calendar and no new action for that long
/// loses its calendar, its register and, since no round names it any more, the partnership itself.</item>
/// </list>
/// A calendar or register saved before changes were stamped is stamped on the first run: its period starts then.
/// </summary>
internal sealed class PartnershipRetention(PartnershipFolders folders, RoundStore rounds, IStorage storage, IReminderScheduler scheduler, IOptions<RoundsOptions> options, TimeProvider time, ILogger<PartnershipRetention> logger) : ITenantRetention
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task DeleteExpiredAsync(string tenantId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var cutoff = now.AddMonths(-options.Value.RetentionMonths);
        var index = await rounds.IndexAsync(tenantId, ct);
        var (actions, partnerships) = (0, 0);
        foreach (var folder in await folders.ListAsync(tenantId, ct))
        {
            var id = Uri.UnescapeDataString(folder.Key[(folder.Key.LastIndexOf('/') + 1)..]);
            var lastRound = index.Rounds.Where(r => r.PartnershipId == id).Select(r => (DateTimeOffset?)r.CreatedAt).Max();
            if (LastChange(folder, lastRound) is { } last && last < cutoff)
            {
                await CancelChecksAsync(tenantId, folder.Documents.Where(d => IsRegister(d.Key)).SelectMany(d => Actions(Parse(d.Value))), ct);
                await storage.DeleteAsync([.. folder.Documents.Keys], ct);
                partnerships++;
                continue;
            }

            foreach (var (key, item) in folder.Documents.Where(d => d.Key != folder.Key))
            {
                actions += await KeepAsync(tenantId, key, item, DateOnly.FromDateTime(cutoff.UtcDateTime), now, ct);
            }
        }

        ActionsLog.RetentionDeleted(logger, actions, partnerships);
    }

    /// <summary>The latest sign of life, or null while a document has no stamp yet (then nothing is known to be old).</summary>
    private static DateTimeOffset? LastChange(PartnershipFolder folder, DateTimeOffset? lastRound)
    {
        var moments = new List<DateTimeOffset?> { lastRound, folder.Entity is { } entity ? Parse(entity)["createdAt"]?.Deserialize<DateTimeOffset?>(Json) : null };
        foreach (var (key, item) in folder.Documents.Where(d => d.Key != folder.Key))
        {
            var document = Parse(item);
            if (document["changedAt"]?.Deserialize<DateTimeOffset?>(Json) is not { } changed)
            {
                return null;
            }

            moments.Add(changed);
            moments.AddRange(IsRegister(key) ? Actions(document).Select(a => (DateTimeOffset?)a.CreatedAt) : []);
        }

        return moments.Max();
    }

    /// <summary>Deletes the register's expired actions and stamps an unstamped document; on a conflict tomorrow's run tries again.</summary>
    private async Task<int> KeepAsync(string tenantId, string key, StoreItem item, DateOnly lastDueKept, DateTimeOffset now, CancellationToken ct)
    {
        var document = Parse(item);
        var all = IsRegister(key) ? Actions(document) : [];
        var expired = all.Where(a => a.Due < lastDueKept).ToList();
        var unstamped = document["changedAt"] is null;
        if (expired.Count == 0 && !unstamped)
        {
            return 0;
        }

        if (expired.Count > 0)
        {
            document["actions"] = JsonSerializer.SerializeToNode(all.Except(expired).ToList(), Json);
        }

        document["changedAt"] ??= JsonSerializer.SerializeToNode(now, Json);
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(), item.ETag) }, ct);
        }
        catch (StorageConflictException)
        {
            return 0; // someone changed it since the listing: it is not idle, and tomorrow's run looks again
        }

        await CancelChecksAsync(tenantId, expired, ct);
        return expired.Count;
    }

    private async Task CancelChecksAsync(string tenantId, IEnumerable<ActionItem> actions, CancellationToken ct)
    {
        foreach (var action in actions)
        {
            await scheduler.CancelForSubjectAsync(tenantId, ActionRecorder.Subject(action), ct);
        }
    }

    private static bool IsRegister(string key) => key.EndsWith("/actions", StringComparison.Ordinal);

    private static JsonObject Parse(StoreItem item) => JsonNode.Parse(item.Json) as JsonObject ?? [];

    private static List<ActionItem> Actions(JsonObject document) => document["actions"]?.Deserialize<List<ActionItem>>(Json) ?? [];
}
