using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>
/// Partnership calendars in storage, by partnership id; a save is read–modify–write against the eTag read,
/// retried on a conflict. Dates once saved under the partnership's name are moved on first read.
/// </summary>
internal sealed class CalendarStore(IStorage storage, LegacyNameData legacy)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<CalendarDocument> GetAsync(string tenantId, Partnership partnership, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return Read(await ReadItemAsync(tenantId, partnership, ct), partnership);
    }

    public async Task<CalendarDocument> UpdateAsync(string tenantId, Partnership partnership, Func<CalendarDocument, CalendarDocument> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var key = CalendarKeys.Calendar(tenantId, partnership.Id);
        for (var attempt = 1; ; attempt++)
        {
            var item = await ReadItemAsync(tenantId, partnership, ct);
            var changed = change(Read(item, partnership));
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.Serialize(changed, Json), item?.ETag) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Another save came first: apply this one to what it wrote.
            }
        }
    }

    private Task<StoreItem?> ReadItemAsync(string tenantId, Partnership partnership, CancellationToken ct) =>
        legacy.ReadAsync(tenantId, partnership, CalendarKeys.Calendar(tenantId, partnership.Id), CalendarKeys.LegacyCalendar(tenantId, partnership.Name), WholeCalendar, ct);

    /// <summary>A calendar has no author: each partnership that shared it keeps the dates it saw.</summary>
    private static JsonObject WholeCalendar(JsonObject legacy, Partnership partnership, IReadOnlyList<Partnership> sharers)
    {
        legacy["partnershipName"] = partnership.Name;
        return legacy;
    }

    private static CalendarDocument Read(StoreItem? item, Partnership partnership) =>
        (item is null ? null : JsonSerializer.Deserialize<CalendarDocument>(item.Json, Json)) ?? CalendarDocument.Empty(partnership.Name);
}
