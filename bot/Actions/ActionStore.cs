using System.Text.Json;
using PartnershipBot.Calendar;
using PartnershipBot.Storage;

namespace PartnershipBot.Actions;

/// <summary>Action registers in storage; every change is read–modify–write against the eTag read, retried on a conflict.</summary>
internal sealed class ActionStore(IStorage storage)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ActionRegisterDocument> GetAsync(string tenantId, string partnershipName, CancellationToken ct)
    {
        var key = CalendarKeys.Actions(tenantId, partnershipName);
        var items = await storage.ReadAsync([key], ct);
        return items.TryGetValue(key, out var item) ? Read(item, partnershipName) : ActionRegisterDocument.Empty(partnershipName);
    }

    public async Task<ActionRegisterDocument> UpdateAsync(string tenantId, string partnershipName, Func<ActionRegisterDocument, ActionRegisterDocument> change, CancellationToken ct)
    {
        var key = CalendarKeys.Actions(tenantId, partnershipName);
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([key], ct);
            var found = items.TryGetValue(key, out var item);
            var changed = change(found ? Read(item!, partnershipName) : ActionRegisterDocument.Empty(partnershipName));
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.Serialize(changed, Json), found ? item!.ETag : null) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone updated the register first: apply this change to what they wrote.
            }
        }
    }

    private static ActionRegisterDocument Read(StoreItem item, string partnershipName) =>
        JsonSerializer.Deserialize<ActionRegisterDocument>(item.Json, Json) ?? ActionRegisterDocument.Empty(partnershipName);
}
