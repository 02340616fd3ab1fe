using Microsoft.Extensions.Options;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// The daily retention job of one tenant: rounds created more than <see cref="RoundsOptions.RetentionMonths"/>
/// ago are deleted with their responses, and their ids leave the participants' own lists; then every
/// <see cref="ITenantRetention"/> (partnerships' calendars and action registers) runs. It is a system
/// job: no user owns it, lists or cancels it, and <see cref="RoundSystemJobs"/> plans it again at start-up.
/// </summary>
internal sealed class RoundRetention(RoundStore store, IOptions<RoundsOptions> options, TimeProvider time, IEnumerable<ITenantRetention> others, ILogger<RoundRetention> logger) : IReminderHandler
{
    public string Kind => RoundReminderKinds.Retention;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        await DeleteExpiredAsync(reminder.Spec.TenantId, ct);
        foreach (var other in others)
        {
            await other.DeleteExpiredAsync(reminder.Spec.TenantId, ct);
        }
    }

    /// <summary>Plans the tenant's retention job unless one is already scheduled (checked against the scheduler, not a flag).</summary>
    public static async Task EnsureScheduledAsync(RoundStore store, IReminderScheduler scheduler, string tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var existing = await scheduler.ListAsync(tenantId, RoundReminderKinds.SystemOwner, ct);
        if (existing.Any(r => r.Spec.Kind == RoundReminderKinds.Retention && r.NextDueUtc is not null))
        {
            return;
        }

        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, RoundReminderKinds.SystemOwner, RoundReminderKinds.Retention, RoundReminderKinds.RetentionSubject, "{}", now.AddDays(1), new ReminderRecurrence(1, RecurrenceUnit.Days), "Rounds retention"), ct);
        await store.UpdateIndexAsync(tenantId, i => i with { RetentionScheduled = true }, ct);
    }

    public async Task<int> DeleteExpiredAsync(string tenantId, CancellationToken ct)
    {
        var cutoff = time.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        var expired = (await store.IndexAsync(tenantId, ct)).Rounds.Where(r => r.CreatedAt < cutoff).ToList();
        foreach (var entry in expired)
        {
            if (await store.GetAsync(tenantId, entry.Id, ct) is { } document)
            {
                foreach (var participantId in document.Round.Participants)
                {
                    var key = RoundKeys.Participation(tenantId, document.Channel.ChannelId!, participantId);
                    await store.UpdateParticipationAsync(key, p => new Participation([.. p.RoundIds.Where(id => id != entry.Id)]), ct);
                }
            }

            await store.DeleteAsync(tenantId, entry.Id, ct);
        }

        RoundsLog.RetentionDeleted(logger, expired.Count);
        return expired.Count;
    }
}
