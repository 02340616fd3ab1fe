using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>The closing moment passed: close the round (if still open) with its final release.</summary>
internal sealed class RoundCloseReminder(RoundManager manager) : IReminderHandler
{
    public string Kind => RoundReminderKinds.Close;

    public Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        return RoundReminderKinds.RoundIdOf(reminder.Spec.PayloadJson) is { } roundId
            ? manager.CloseOnScheduleAsync(reminder.Spec.TenantId, roundId, ct)
            : Task.CompletedTask;
    }
}
