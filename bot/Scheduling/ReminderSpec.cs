namespace PartnershipBot.Scheduling;

/// <summary>
/// What a feature asks the scheduler to remember. <see cref="FirstDueUtc"/> is a wish: the scheduler
/// moves it (and every recurring occurrence) into working hours in Europe/Amsterdam.
/// </summary>
/// <param name="TenantId">The tenant the reminder belongs to; nothing crosses tenants.</param>
/// <param name="OwnerId">The user who scheduled it (the only one, besides admins, who may cancel it).</param>
/// <param name="Kind">Selects the <see cref="IReminderHandler"/> that delivers it.</param>
/// <param name="Subject">What it is about (for example a round id), for <see cref="IReminderScheduler.CancelForSubjectAsync"/>.</param>
/// <param name="PayloadJson">The handler's own data, opaque to the scheduler.</param>
/// <param name="FirstDueUtc">When it should first fire.</param>
/// <param name="Recurrence">Null fires once.</param>
/// <param name="Description">Localised line for the 'herinneringen' list.</param>
internal sealed record ReminderSpec(
    string TenantId,
    string OwnerId,
    string Kind,
    string Subject,
    string PayloadJson,
    DateTimeOffset FirstDueUtc,
    ReminderRecurrence? Recurrence,
    string Description)
{
    /// <summary>Owners named <c>system:…</c> are the bot's own jobs, never a person's reminder.</summary>
    public const string SystemOwnerPrefix = "system:";

    public bool IsSystemJob => OwnerId.StartsWith(SystemOwnerPrefix, StringComparison.Ordinal);
}
