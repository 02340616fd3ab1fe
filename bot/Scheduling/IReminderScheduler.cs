namespace PartnershipBot.Scheduling;

/// <summary>
/// Persistent reminders: they survive restarts, a reminder missed while the host was down fires
/// once at start-up, and every operation is scoped to one tenant.
/// </summary>
internal interface IReminderScheduler
{
    Task<ScheduledReminder> ScheduleAsync(ReminderSpec spec, CancellationToken ct);

    /// <summary>The owner's reminders in this tenant, soonest first.</summary>
    Task<IReadOnlyList<ScheduledReminder>> ListAsync(string tenantId, string ownerId, CancellationToken ct);

    /// <summary>Cancels one reminder if it exists in this tenant and belongs to <paramref name="ownerId"/>.</summary>
    Task<bool> CancelAsync(string tenantId, string ownerId, string reminderId, CancellationToken ct);

    /// <summary>Cancels every reminder of this tenant about <paramref name="subject"/>; returns how many.</summary>
    Task<int> CancelForSubjectAsync(string tenantId, string subject, CancellationToken ct);
}
