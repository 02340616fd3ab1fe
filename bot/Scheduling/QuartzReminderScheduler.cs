using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Reminders;
using Quartz;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Reminders as Quartz jobs in the persistent (SQLite) job store: one job plus one trigger per
/// reminder, a simple trigger for once and a calendar-interval trigger in the working-hours zone for
/// recurring. A missed firing fires once when the scheduler is back (FireNow / FireAndProceed).
/// </summary>
internal sealed partial class QuartzReminderScheduler(
    ISchedulerFactory schedulers,
    ReminderIndex index,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<QuartzReminderScheduler> logger) : IReminderScheduler, IReminderAdministration
{
    private readonly WorkingHours _hours = options.Value.ToWorkingHours();

    /// <summary>Once the index covers every job it stays so (every schedule adds to it): no need to ask again.</summary>
    private volatile bool _indexBuilt;

    public async Task<ScheduledReminder> ScheduleAsync(ReminderSpec spec, CancellationToken ct)
    {
        Validate(spec);
        var now = time.GetUtcNow();
        var due = _hours.NextWorkingMoment(spec.FirstDueUtc > now ? spec.FirstDueUtc : now);
        var id = Guid.NewGuid().ToString("N");
        var job = ReminderJobs.For(ReminderKeys.Job(spec.TenantId, id), spec.Kind, ReminderSpecJson.Serialize(spec));
        var trigger = TriggerFor(spec, id, due);
        var scheduler = await schedulers.GetScheduler(ct);
        // Indexed first: a crash before the job exists leaves an id without a job, never a job no list finds.
        await index.AddAsync(spec, id, ct);
        await scheduler.ScheduleJob(job, trigger, new ScheduleJobOptions(), ct);
        LogScheduled(logger, id, spec.Kind, due);
        return new ScheduledReminder(id, spec, due);
    }

    public async Task<IReadOnlyList<ScheduledReminder>> ListAsync(string tenantId, string ownerId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        var all = await IndexedAsync(tenantId, ReminderIndex.OwnerKey(tenantId, ownerId), ct) ?? await ListTenantAsync(tenantId, ct);
        return [.. all.Where(r => string.Equals(r.Spec.OwnerId, ownerId, StringComparison.Ordinal))];
    }

    /// <summary>
    /// The reminders an index entry names, soonest first, reading only those jobs; ids whose job is gone (fired
    /// for the last time, or a crash between indexing and scheduling) are pruned. Null while the index is not built.
    /// </summary>
    private async Task<IReadOnlyList<ScheduledReminder>?> IndexedAsync(string tenantId, string indexKey, CancellationToken ct)
    {
        if (!await IsIndexBuiltAsync(ct))
        {
            return null;
        }

        var scheduler = await schedulers.GetScheduler(ct);
        var reminders = new List<ScheduledReminder>();
        var gone = new List<string>();
        foreach (var id in await index.IdsAsync(indexKey, ct))
        {
            if (await ReadAsync(scheduler, ReminderKeys.Job(tenantId, id), ct) is { } reminder)
            {
                reminders.Add(reminder);
            }
            else
            {
                gone.Add(id);
            }
        }

        await index.PruneAsync(indexKey, gone, ct);
        return Soonest(reminders);
    }

    private async Task<bool> IsIndexBuiltAsync(CancellationToken ct) => _indexBuilt || (_indexBuilt = await index.IsBuiltAsync(ct));

    public async Task<IReadOnlyList<ScheduledReminder>> ListTenantAsync(string tenantId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var scheduler = await schedulers.GetScheduler(ct);
        var keys = await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(ReminderKeys.Group(tenantId)), ct);
        var reminders = new List<ScheduledReminder>(keys.Count);
        foreach (var key in keys)
        {
            var reminder = await ReadAsync(scheduler, key, ct);
            if (reminder is not null)
            {
                reminders.Add(reminder);
            }
        }

        return Soonest(reminders);
    }

    private static ScheduledReminder[] Soonest(IEnumerable<ScheduledReminder> reminders) =>
        [.. reminders.OrderBy(r => r.NextDueUtc ?? DateTimeOffset.MaxValue).ThenBy(r => r.Id, StringComparer.Ordinal)];

    public async Task<bool> CancelAsync(string tenantId, string ownerId, string reminderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(ownerId);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        var scheduler = await schedulers.GetScheduler(ct);
        var key = ReminderKeys.Job(tenantId, reminderId);
        var reminder = await ReadAsync(scheduler, key, ct);
        if (reminder is null || !string.Equals(reminder.Spec.OwnerId, ownerId, StringComparison.Ordinal))
        {
            return false;
        }

        return await DeleteAsync(scheduler, reminder, ct);
    }

    public async Task<bool> CancelAnyAsync(string tenantId, string reminderId, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentException.ThrowIfNullOrEmpty(reminderId);
        var scheduler = await schedulers.GetScheduler(ct);
        var key = ReminderKeys.Job(tenantId, reminderId);
        // System jobs (a round's closing, retention) are no one's reminders: not even an admin cancels them from a list.
        if (await ReadAsync(scheduler, key, ct) is not { Spec.IsSystemJob: false } reminder)
        {
            return false;
        }

        return await DeleteAsync(scheduler, reminder, ct);
    }

    public Task<int> CancelForSubjectAsync(string tenantId, string subject, CancellationToken ct) =>
        CancelWhereAsync(tenantId, ReminderIndex.SubjectKey(tenantId, subject), spec => string.Equals(spec.Subject, subject, StringComparison.Ordinal), ct);

    public Task<int> CancelForOwnerAsync(string tenantId, string ownerId, CancellationToken ct) =>
        CancelWhereAsync(tenantId, ReminderIndex.OwnerKey(tenantId, ownerId), spec => string.Equals(spec.OwnerId, ownerId, StringComparison.Ordinal), ct);

    private async Task<int> CancelWhereAsync(string tenantId, string indexKey, Func<ReminderSpec, bool> match, CancellationToken ct)
    {
        var cancelled = 0;
        var scheduler = await schedulers.GetScheduler(ct);
        foreach (var reminder in await IndexedAsync(tenantId, indexKey, ct) ?? await ListTenantAsync(tenantId, ct))
        {
            if (match(reminder.Spec) && await DeleteAsync(scheduler, reminder, ct))
            {
                cancelled++;
            }
        }

        return cancelled;
    }

    /// <summary>Deletes the job, then its ids in the index (in that order, so the index never misses a job).</summary>
    private async Task<bool> DeleteAsync(IScheduler scheduler, ScheduledReminder reminder, CancellationToken ct)
    {
        var deleted = await scheduler.DeleteJob(ReminderKeys.Job(reminder.Spec.TenantId, reminder.Id), ct);
        if (deleted)
        {
            LogCancelled(logger, reminder.Id);
        }

        await index.RemoveAsync(reminder.Spec, [reminder.Id], ct);
        return deleted;
    }

    /// <summary>The reminder behind <paramref name="key"/>; its next due time is moved into working hours, as delivery will be.</summary>
    private async Task<ScheduledReminder?> ReadAsync(IScheduler scheduler, JobKey key, CancellationToken ct)
    {
        var detail = await scheduler.GetJobDetail(key, ct);
        if (detail?.JobDataMap.GetString(ReminderKeys.SpecField) is not { } json)
        {
            return null;
        }

        // By key, not GetTriggersOfJob (see ReminderKeys.DeferredTrigger): the reminder's own trigger and its deferred delivery, if any.
        var own = await scheduler.GetTrigger(new TriggerKey(key.Name, key.Group), ct);
        var deferred = await scheduler.GetTrigger(ReminderKeys.DeferredTrigger(key), ct);
        var next = new[] { own?.NextFireTimeUtc, deferred?.NextFireTimeUtc }.Where(t => t.HasValue).Min();
        return new ScheduledReminder(key.Name, ReminderSpecJson.Deserialize(json), next is { } n ? _hours.NextWorkingMoment(n) : null);
    }

    private ITrigger TriggerFor(ReminderSpec spec, string id, DateTimeOffset due)
    {
        var builder = TriggerBuilder.Create()
            .WithIdentity(ReminderKeys.Trigger(spec.TenantId, id))
            .ForJob(ReminderKeys.Job(spec.TenantId, id))
            .StartAt(due);
        return spec.Recurrence is not { } recurrence
            ? builder.WithSimpleSchedule(s => s.WithMisfireInstruction(SimpleTriggerMisfireInstruction.FireNow)).Build()
            : builder.WithCalendarIntervalSchedule(s => s
                .WithInterval(recurrence.Every, UnitOf(recurrence.Unit))
                .InTimeZone(_hours.Zone)
                .PreserveHourOfDayAcrossDaylightSavings(true)
                .WithMisfireInstruction(CalendarIntervalTriggerMisfireInstruction.FireAndProceed)).Build();
    }

    private static IntervalUnit UnitOf(RecurrenceUnit unit) => unit switch
    {
        RecurrenceUnit.Days => IntervalUnit.Day,
        RecurrenceUnit.Weeks => IntervalUnit.Week,
        RecurrenceUnit.Months => IntervalUnit.Month,
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, "Unknown recurrence unit."),
    };

    private static void Validate(ReminderSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentException.ThrowIfNullOrEmpty(spec.TenantId);
        ArgumentException.ThrowIfNullOrEmpty(spec.OwnerId);
        ArgumentException.ThrowIfNullOrEmpty(spec.Kind);
        if (spec.Recurrence is { Every: < 1 })
        {
            throw new ArgumentException("A recurrence repeats every one or more units.", nameof(spec));
        }
    }

    [LoggerMessage(EventId = 5100, Level = LogLevel.Information, Message = "Reminder {ReminderId} ({Kind}) scheduled, first due {DueUtc:o}")]
    private static partial void LogScheduled(ILogger logger, string reminderId, string kind, DateTimeOffset dueUtc);

    [LoggerMessage(EventId = 5101, Level = LogLevel.Information, Message = "Reminder {ReminderId} cancelled")]
    private static partial void LogCancelled(ILogger logger, string reminderId);
}
