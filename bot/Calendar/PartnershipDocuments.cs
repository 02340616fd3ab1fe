using System.Text.Json;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>
/// One document per partnership (its calendar, its action register), by partnership id: read–modify–write
/// against the eTag read, retried on a conflict; what lay under the partnership's name is moved on first read.
/// </summary>
internal sealed class PartnershipDocuments<T>(
    IStorage storage,
    LegacyNameData legacy,
    Func<string, string, string> key,
    Func<string, string, string> legacyKey,
    LegacyNameData.Share share,
    Func<Partnership, T> empty)
    where T : class
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<T> GetAsync(string tenantId, Partnership partnership, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        return Read(await ReadItemAsync(tenantId, partnership, ct), partnership);
    }

    public async Task<T> UpdateAsync(string tenantId, Partnership partnership, Func<T, T> change, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        for (var attempt = 1; ; attempt++)
        {
            var item = await ReadItemAsync(tenantId, partnership, ct);
            var changed = change(Read(item, partnership));
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key(tenantId, partnership.Id)] = new(JsonSerializer.Serialize(changed, Json), item?.ETag) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone saved first: apply this change to what they wrote.
            }
        }
    }

    private Task<StoreItem?> ReadItemAsync(string tenantId, Partnership partnership, CancellationToken ct) =>
        legacy.ReadAsync(tenantId, partnership, key(tenantId, partnership.Id), legacyKey(tenantId, partnership.Name), share, ct);

    private T Read(StoreItem? item, Partnership partnership) =>
        (item is null ? null : JsonSerializer.Deserialize<T>(item.Json, Json)) ?? empty(partnership);
}
