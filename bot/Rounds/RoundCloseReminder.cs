using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>The closing date passed: close the round (if still open) and post its results in its channel.</summary>
internal sealed class RoundCloseReminder(RoundStore store, RoundResultsPoster poster, ILogger<RoundCloseReminder> logger) : IReminderHandler
{
    public string Kind => RoundReminderKinds.Close;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var tenantId = reminder.Spec.TenantId;
        if (RoundReminderKinds.RoundIdOf(reminder.Spec.PayloadJson) is not { } roundId
            || await store.GetAsync(tenantId, roundId, ct) is not { Round.IsOpen: true })
        {
            return; // deleted, or already closed by the consultant (who then saw the results)
        }

        var closed = await store.UpdateAsync(tenantId, roundId, d => d with { Round = d.Round.Close() }, ct);
        if (closed is not null)
        {
            RoundsLog.Closed(logger, roundId);
            await poster.PostAsync(closed, null, ct);
        }
    }
}
