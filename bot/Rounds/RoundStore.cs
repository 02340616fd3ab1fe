using System.Text.Json;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Storage;

namespace PartnershipBot.Rounds;

/// <summary>
/// Rounds, the tenant index and participations in storage. Every change is read–modify–write against
/// the eTag read, retried on a conflict, because many participants finish their checks at once.
/// </summary>
internal sealed class RoundStore(IStorage storage)
{
    private const int MaxAttempts = 5;
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<RoundDocument?> GetAsync(string tenantId, string roundId, CancellationToken ct) =>
        (await ReadAsync<RoundDocument>(RoundKeys.Round(tenantId, roundId), ct)).Value;

    public async Task<RoundIndex> IndexAsync(string tenantId, CancellationToken ct) =>
        (await ReadAsync<RoundIndex>(RoundKeys.Index(tenantId), ct)).Value ?? RoundIndex.Empty();

    public async Task CreateAsync(RoundDocument document, RoundIndexEntry entry, CancellationToken ct)
    {
        var tenant = document.Round.TenantId;
        await storage.WriteAsync(new Dictionary<string, StoreItem> { [RoundKeys.Round(tenant, document.Round.Id)] = new(Serialize(document), null) }, ct);
        await UpdateAsync<RoundIndex>(RoundKeys.Index(tenant), index => (index ?? RoundIndex.Empty()) with { Rounds = [.. (index ?? RoundIndex.Empty()).Rounds, entry] }, ct);
    }

    /// <summary>Applies <paramref name="change"/> to a stored round; null when the round does not exist (in this tenant).</summary>
    public Task<RoundDocument?> UpdateAsync(string tenantId, string roundId, Func<RoundDocument, RoundDocument> change, CancellationToken ct) =>
        UpdateAsync<RoundDocument>(RoundKeys.Round(tenantId, roundId), document => document is null ? null : change(document), ct);

    public Task<RoundIndex?> UpdateIndexAsync(string tenantId, Func<RoundIndex, RoundIndex> change, CancellationToken ct) =>
        UpdateAsync<RoundIndex>(RoundKeys.Index(tenantId), index => change(index ?? RoundIndex.Empty()), ct);

    public Task<Participation?> UpdateParticipationAsync(string key, Func<Participation, Participation> change, CancellationToken ct) =>
        UpdateAsync<Participation>(key, participation => change(participation ?? Participation.Empty()), ct);

    public async Task<Participation> ParticipationAsync(string key, CancellationToken ct) =>
        (await ReadAsync<Participation>(key, ct)).Value ?? Participation.Empty();

    /// <summary>
    /// The latest earlier round of the same partnership entity that has final figures. Rounds of another
    /// partnership never count, even with the same name: only the partnership's own consultants see its trend.
    /// </summary>
    public async Task<RoundDocument?> PreviousAsync(RoundDocument current, CancellationToken ct)
    {
        if (current.Round.PartnershipId is not { } partnershipId)
        {
            return null;
        }

        var index = await IndexAsync(current.Round.TenantId, ct);
        var candidates = index.Rounds
            .Where(r => r.Id != current.Round.Id && r.CreatedAt < current.Round.CreatedAt && r.PartnershipId == partnershipId)
            .OrderByDescending(r => r.CreatedAt);
        foreach (var candidate in candidates)
        {
            if (await GetAsync(current.Round.TenantId, candidate.Id, ct) is { Round.FinalRelease: not null } previous && previous.Round.PartnershipId == partnershipId)
            {
                return previous;
            }
        }

        return null;
    }

    public async Task<Partnership?> PartnershipAsync(string tenantId, string partnershipId, CancellationToken ct) =>
        (await ReadAsync<Partnership>(RoundKeys.Partnership(tenantId, partnershipId), ct)).Value;

    public Task<Partnership?> UpdatePartnershipAsync(string tenantId, string partnershipId, Func<Partnership?, Partnership?> change, CancellationToken ct) =>
        UpdateAsync(RoundKeys.Partnership(tenantId, partnershipId), change, ct);

    public async Task<RoundTenants> TenantsAsync(CancellationToken ct) =>
        (await ReadAsync<RoundTenants>(RoundKeys.Tenants, ct)).Value ?? RoundTenants.Empty();

    public Task<RoundTenants?> AddTenantAsync(string tenantId, CancellationToken ct) =>
        UpdateAsync<RoundTenants>(RoundKeys.Tenants, tenants => (tenants ?? RoundTenants.Empty()).With(tenantId), ct);

    public async Task DeleteAsync(string tenantId, string roundId, CancellationToken ct)
    {
        await storage.DeleteAsync([RoundKeys.Round(tenantId, roundId)], ct);
        await UpdateIndexAsync(tenantId, index => index with { Rounds = [.. index.Rounds.Where(r => r.Id != roundId)] }, ct);
    }

    private async Task<T?> UpdateAsync<T>(string key, Func<T?, T?> change, CancellationToken ct) where T : class
    {
        for (var attempt = 1; ; attempt++)
        {
            var (value, etag, json) = await ReadAsync<T>(key, ct);
            var changed = change(value);
            if (changed is null)
            {
                return null;
            }

            var newJson = Serialize(changed);
            if (newJson == json)
            {
                return changed;
            }

            try
            {
                await storage.WriteAsync(new Dictionary<string, StoreItem> { [key] = new(newJson, etag) }, ct);
                return changed;
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                // Someone else wrote first: apply the change again to what they wrote.
            }
        }
    }

    private async Task<(T? Value, string? ETag, string? Json)> ReadAsync<T>(string key, CancellationToken ct) where T : class
    {
        var items = await storage.ReadAsync([key], ct);
        return items.TryGetValue(key, out var item)
            ? (JsonSerializer.Deserialize<T>(item.Json, Json), item.ETag, item.Json)
            : (null, null, null);
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, Json);
}
