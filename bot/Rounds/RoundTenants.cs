namespace PartnershipBot.Rounds;

/// <summary>The tenants that have started a round, so each one's retention job is re-planned at start-up.</summary>
internal sealed record RoundTenants(IReadOnlyList<string> TenantIds)
{
    public static RoundTenants Empty() => new([]);

    public RoundTenants With(string tenantId) => TenantIds.Contains(tenantId, StringComparer.Ordinal) ? this : new([.. TenantIds, tenantId]);
}
