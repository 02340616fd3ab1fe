using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Actions;

/// <summary>
/// Action registers in storage, by partnership id; every change is read–modify–write against the eTag read,
/// retried on a conflict. Actions once recorded under the partnership's name are moved on first read.
/// </summary>
internal sealed class ActionStore(IStorage storage, LegacyNameData legacy)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ActionRegisterDocument> GetAsync(string tenantId, Partnership partnership, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return Read(await ReadItemAsync(tenantId, partnership, ct), partnership);
    }

    public async Task<ActionRegisterDocument> UpdateAsync(string tenantId, Partnership partnership, Func<ActionRegisterDocument, ActionRegisterDocument> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        var key = CalendarKeys.Actions(tenantId, partnership.Id);
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
                // Someone updated the register first: apply this change to what they wrote.
            }
        }
    }

    private Task<StoreItem?> ReadItemAsync(string tenantId, Partnership partnership, CancellationToken ct) =>
        legacy.ReadAsync(tenantId, partnership, CalendarKeys.Actions(tenantId, partnership.Id), CalendarKeys.LegacyActions(tenantId, partnership.Name), OwnActions, ct);

    /// <summary>
    /// An action goes to the partnership whose consultant recorded it; one recorded by someone who consults
    /// none of them (an admin, or a consultant who since erased their data) goes to each, as each saw it.
    /// </summary>
    private static JsonObject OwnActions(JsonObject legacy, Partnership partnership, IReadOnlyList<Partnership> sharers)
    {
        var kept = (legacy["actions"] as JsonArray ?? []).OfType<JsonObject>()
            .Where(a => a["createdBy"]?.GetValue<string>() is not { } by || partnership.HasConsultant(by) || !sharers.Any(p => p.HasConsultant(by)))
            .Select(a => a.DeepClone())
            .ToArray();
        legacy["actions"] = new JsonArray(kept);
        legacy["partnershipName"] = partnership.Name;
        return legacy;
    }

    private static ActionRegisterDocument Read(StoreItem? item, Partnership partnership) =>
        (item is null ? null : JsonSerializer.Deserialize<ActionRegisterDocument>(item.Json, Json)) ?? ActionRegisterDocument.Empty(partnership.Name);
}
