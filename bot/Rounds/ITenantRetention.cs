namespace PartnershipBot.Rounds;

/// <summary>
/// What a feature keeps per tenant and must let go of after <see cref="RoundsOptions.RetentionMonths"/>. The
/// tenant's daily retention job (<see cref="RoundRetention"/>) calls every registered one after the rounds,
/// so they see the round index as it stands after expired rounds left it.
/// </summary>
internal interface ITenantRetention
{
    Task DeleteExpiredAsync(string tenantId, CancellationToken ct);
}
