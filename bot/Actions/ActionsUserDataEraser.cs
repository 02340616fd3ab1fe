using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Actions;

/// <summary>
/// "Delete my data" in the partnerships' action registers. An action belongs to its partnership, so it stays
/// with its description, status and dates; the person goes: as owner (by Teams id or the Entra object id the
/// people picker gave) their name and id, as recorder their id. An ownerless action has nobody to talk to, so
/// its overdue check is cancelled. Every register of the tenant is visited, also those under an old name key
/// or of a partnership no round names any more. Personal actions live under the user's key and go with it.
/// </summary>
internal sealed class ActionsUserDataEraser(PartnershipFolders folders, IStorage storage, IReminderScheduler scheduler, ILogger<ActionsUserDataEraser> logger) : IUserDataEraser
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task EraseAsync(ErasureRequest user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var erased = 0;
        foreach (var folder in await folders.ListAsync(user.TenantId, ct))
        {
            foreach (var key in folder.Documents.Keys.Where(k => k.EndsWith("/actions", StringComparison.Ordinal)))
            {
                foreach (var ownerless in await EraseInAsync(key, user, ct))
                {
                    await scheduler.CancelForSubjectAsync(user.TenantId, ActionRecorder.Subject(ownerless), ct);
                    erased++;
                }
            }
        }

        ActionsLog.Erased(logger, erased);
    }

    /// <summary>Rewrites only the register's actions, so what else the document carries (a move from an old key in progress) stays.</summary>
    private async Task<IReadOnlyList<ActionItem>> EraseInAsync(string key, ErasureRequest user, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (!(await storage.ReadAsync([key], ct)).TryGetValue(key, out var item) || JsonNode.Parse(item.Json) is not JsonObject document)
            {
                return [];
            }

            var actions = document["actions"]?.Deserialize<List<ActionItem>>(Json) ?? [];
            var changed = actions.Select(a => a.WithoutPerson(user.Names)).ToList();
            if (changed.SequenceEqual(actions))
            {
                return [];
            }

            document["actions"] = JsonSerializer.SerializeToNode(changed, Json);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(document.ToJsonString(), item.ETag) }, ct);
                return [.. changed.Where((a, i) => a.OwnerRemoved && !actions[i].OwnerRemoved)];
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // The register changed meanwhile: erase from what was written.
            }
        }
    }
}
