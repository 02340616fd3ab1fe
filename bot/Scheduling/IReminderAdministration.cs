namespace PartnershipBot.Scheduling;

/// <summary>
/// Tenant-wide access for configured admins: every reminder of one tenant, whoever owns it. Callers
/// check that the user is an admin first; nothing here crosses tenants either.
/// </summary>
internal interface IReminderAdministration
{
    Task<IReadOnlyList<ScheduledReminder>> ListTenantAsync(string tenantId, CancellationToken ct);

    Task<bool> CancelAnyAsync(string tenantId, string reminderId, CancellationToken ct);

    /// <summary>Cancels every reminder <paramref name="ownerId"/> owns in this tenant (delete my data); returns how many.</summary>
    Task<int> CancelForOwnerAsync(string tenantId, string ownerId, CancellationToken ct);
}
