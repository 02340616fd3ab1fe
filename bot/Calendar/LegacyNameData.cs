using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>
/// Calendars and action registers used to be stored under the partnership's name, so every partnership of
/// one name in a tenant shared them. On the first read of a partnership's own document, what lies under its
/// name is moved: each partnership of that name that existed at the first such read gets its share (all of
/// it had been visible to each of them, so nobody sees more than before), and the old document is deleted
/// when the last of them has taken its share. Partnerships created after that first read get nothing.
/// The new document and the old one are written in one transaction, so a share is never lost or doubled.
/// </summary>
internal sealed class LegacyNameData(IStorage storage, ConsultedPartnerships partnerships)
{
    private const int MaxAttempts = 5;
    private const string Pending = "migrationPending";
    private const string Sharers = "migrationSharers";

    /// <summary>What one partnership takes from the old document, given everyone who shares it.</summary>
    public delegate JsonObject Share(JsonObject legacy, Partnership partnership, IReadOnlyList<Partnership> sharers);

    /// <summary>The partnership's own document (moved from <paramref name="legacyKey"/> if needed), or null if neither exists.</summary>
    public async Task<StoreItem?> ReadAsync(string tenantId, Partnership partnership, string key, string legacyKey, Share share, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(partnership);
        for (var attempt = 1; ; attempt++)
        {
            var items = await storage.ReadAsync([key, legacyKey], ct);
            if (items.TryGetValue(key, out var own))
            {
                return own;
            }

            if (!items.TryGetValue(legacyKey, out var legacy) || JsonNode.Parse(legacy.Json) is not JsonObject old)
            {
                return null;
            }

            var named = await partnerships.NamedAsync(tenantId, partnership.Name, ct);
            var sharers = Listed(old, Sharers, named) ?? named;
            var pending = Listed(old, Pending, named) ?? named;
            if (!pending.Any(p => p.Id == partnership.Id))
            {
                return null; // created after the move began, or already took its share
            }

            var mine = share((JsonObject)old.DeepClone(), partnership, sharers);
            mine.Remove(Pending);
            mine.Remove(Sharers);
            var rest = pending.Where(p => p.Id != partnership.Id).Select(p => (JsonNode)p.Id).ToArray();
            old[Pending] = new JsonArray(rest);
            old[Sharers] = new JsonArray([.. sharers.Select(p => (JsonNode)p.Id)]);
            try
            {
                var written = await storage.WriteAsync(new Dictionary<string, StoreItem>
                {
                    [key] = new(mine.ToJsonString(), null),
                    [legacyKey] = new(old.ToJsonString(), legacy.ETag),
                }, ct);
                if (rest.Length == 0)
                {
                    await storage.DeleteAsync([legacyKey], ct);
                }

                return new StoreItem(mine.ToJsonString(), written[key]);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Another read moved a share at the same time: look again.
            }
        }
    }

    /// <summary>
    /// The partnerships an id list of the old document names (fixed at the first move, from the partnerships of
    /// that name then), those that still exist; null before the first move.
    /// </summary>
    private static List<Partnership>? Listed(JsonObject old, string field, IReadOnlyList<Partnership> named)
    {
        if (old[field] is not JsonArray list)
        {
            return null;
        }

        var ids = list.Select(n => n?.GetValue<string>()).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return [.. named.Where(p => ids.Contains(p.Id))];
    }
}
