using System.Text.Json;
using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>Partnership calendars in storage; a save is read–modify–write against the eTag read, retried on a conflict.</summary>
internal sealed class CalendarStore(IStorage storage)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CalendarDocument> GetAsync(string tenantId, string partnershipName, CancellationToken ct)
    {
        var key = CalendarKeys.Calendar(tenantId, partnershipName);
        var items = await storage.ReadAsync([key], ct);
        return items.TryGetValue(key, out var item)
            ? JsonSerializer.Deserialize<CalendarDocument>(item.Json, Json) ?? CalendarDocument.Empty(partnershipName)
            : CalendarDocument.Empty(partnershipName);
    }

    public async Task<CalendarDocument> UpdateAsync(string tenantId, string partnershipName, Func<CalendarDocument, CalendarDocument> change, CancellationToken ct)
    {
        var key = CalendarKeys.Calendar(tenantId, partnershipName);
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([key], ct);
            var found = items.TryGetValue(key, out var item);
            var current = found ? JsonSerializer.Deserialize<CalendarDocument>(item!.Json, Json) ?? CalendarDocument.Empty(partnershipName) : CalendarDocument.Empty(partnershipName);
            var changed = change(current);
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.Serialize(changed, Json), found ? item!.ETag : null) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Another save came first: apply this one to what it wrote.
            }
        }
    }
}
