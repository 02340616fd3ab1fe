using System.Text.Json;
using PartnershipBot.Storage;
using PartnershipBot.Turns;

namespace PartnershipBot.Actions;

/// <summary>
/// A user's own actions (personal follow-ups, owned by the user), under the user's key prefix, so "delete my
/// data" removes them with everything else; read–modify–write against the eTag read.
/// </summary>
internal sealed class PersonalActionStore(IStorage storage)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static string Key(string tenantId, string channelId, string userId) => StateKeys.User(tenantId, channelId, userId) + "/actions";

    public async Task<ActionRegisterDocument> GetAsync(string key, CancellationToken ct)
    {
        var items = await storage.ReadAsync([key], ct);
        return items.TryGetValue(key, out var item) ? Read(item) : ActionRegisterDocument.Empty(string.Empty);
    }

    public async Task<ActionRegisterDocument> UpdateAsync(string key, Func<ActionRegisterDocument, ActionRegisterDocument> change, CancellationToken ct)
    {
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([key], ct);
            var found = items.TryGetValue(key, out var item);
            var changed = change(found ? Read(item!) : ActionRegisterDocument.Empty(string.Empty));
            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(JsonSerializer.Serialize(changed, Json), found ? item!.ETag : null) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // A click on another card came first: apply this change to what it wrote.
            }
        }
    }

    private static ActionRegisterDocument Read(StoreItem item) =>
        JsonSerializer.Deserialize<ActionRegisterDocument>(item.Json, Json) ?? ActionRegisterDocument.Empty(string.Empty);
}
