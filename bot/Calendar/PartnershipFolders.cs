using PartnershipBot.Storage;

namespace PartnershipBot.Calendar;

/// <summary>
/// Every document under a tenant's <c>tenants/{t}/partnerships/</c>, grouped per partnership folder (an id,
/// or a name for data kept under the old name keys). Erasure and retention must also reach folders no round
/// names any more, which the round index cannot list.
/// </summary>
internal sealed class PartnershipFolders(IStorage storage)
{
    /// <summary>Far above what one tenant holds (three documents per partnership); so one read suffices.</summary>
    public const int Limit = 30_000;

    public async Task<IReadOnlyList<PartnershipFolder>> ListAsync(string tenantId, CancellationToken ct)
    {
        var prefix = $"tenants/{Uri.EscapeDataString(tenantId)}/partnerships/";
        var items = await storage.ReadByPrefixAsync(prefix, Limit, ct);
        return items
            .GroupBy(i => i.Key[prefix.Length..].Split('/')[0], StringComparer.Ordinal)
            .Select(g => new PartnershipFolder(prefix + g.Key, g.ToDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal)))
            .ToList();
    }
}
