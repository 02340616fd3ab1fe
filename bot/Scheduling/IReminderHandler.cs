namespace PartnershipBot.Scheduling;

/// <summary>
/// Delivers due reminders of one <see cref="Kind"/>. Features register one handler per kind; the
/// scheduler calls it once per occurrence.
/// </summary>
internal interface IReminderHandler
{
    string Kind { get; }

    Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct);
}
