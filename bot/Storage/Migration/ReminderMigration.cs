using PartnershipBot.Scheduling;
using Quartz;

namespace PartnershipBot.Storage.Migration;

/// <summary>
/// The pilot's scheduled reminders, moved job by job between two never-started schedulers
/// (<see cref="MigrationScheduler"/>): each job rebuilt by <see cref="ReminderJobs"/> with the spec as
/// stored, each trigger rebuilt from the source's to start at its next fire time. Quartz computes a stored
/// trigger's first firing from its start, so a recurring reminder copied as it was would fire again for
/// its first occurrence, long past; started at its next firing, the schedule goes on where the pilot left it.
/// </summary>
internal static class ReminderMigration
{
    /// <summary>Every reminder job in <paramref name="source"/>, with the triggers that will still fire (none: finished).</summary>
    public static async Task<IReadOnlyList<SourceReminder>> ReadAsync(IScheduler source, CancellationToken cancellationToken)
    {
        var reminders = new List<SourceReminder>();
        foreach (var key in (await source.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).OrderBy(k => k.ToString(), StringComparer.Ordinal))
        {
            // A job without a spec is no reminder: the bot neither lists nor runs it, so it does not move.
            if ((await source.GetJobDetail(key, cancellationToken))?.JobDataMap.GetString(ReminderKeys.SpecField) is not { } spec)
            {
                continue;
            }

            var triggers = await source.GetTriggersOfJob(key, cancellationToken);
            reminders.Add(new SourceReminder(key, spec, [.. triggers.Where(t => t.NextFireTimeUtc is not null)]));
        }

        return reminders;
    }

    /// <summary>How many jobs <paramref name="target"/> holds already (a non-empty target is refused without <c>--force</c>).</summary>
    public static async Task<int> CountAsync(IScheduler target, CancellationToken cancellationToken) =>
        (await target.GetJobKeys(GroupMatcher<JobKey>.AnyGroup(), cancellationToken)).Count;

    /// <summary>
    /// Copies what <paramref name="target"/> lacks and compares every copied job with its source. A job
    /// already there is left as it is: reminder ids are unique, so it is this reminder, and production may
    /// have fired it on since.
    /// </summary>
    public static async Task<ReminderCopy> CopyAsync(IReadOnlyList<SourceReminder> reminders, IScheduler target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        var copied = new List<SourceReminder>();
        int present = 0, finished = 0;
        foreach (var reminder in reminders)
        {
            if (reminder.Pending.Count == 0)
            {
                finished++;
            }
            else if (await target.Exists(reminder.Key, cancellationToken))
            {
                present++;
            }
            else
            {
                var job = ReminderJobs.For(reminder.Key, ReminderSpecJson.Deserialize(reminder.SpecJson).Kind, reminder.SpecJson);
                ITrigger[] triggers = [.. reminder.Pending.Select(t => t.GetTriggerBuilder().StartAt(t.NextFireTimeUtc!.Value).Build())];
                await target.ScheduleJob(job, triggers, new ScheduleJobOptions(), cancellationToken);
                copied.Add(reminder);
            }
        }

        var different = new List<JobKey>();
        foreach (var reminder in copied)
        {
            if (!await ArrivedUnchangedAsync(reminder, target, cancellationToken))
            {
                different.Add(reminder.Key);
            }
        }

        return new ReminderCopy([.. copied.Select(r => r.Key)], different, present, finished);
    }

    /// <summary>Removes the jobs this run copied, so that a failed run leaves the target's reminders as they were.</summary>
    public static async Task UndoAsync(ReminderCopy copy, IScheduler target, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(copy);
        await target.DeleteJobs(copy.Copied, cancellationToken);
    }

    /// <summary>Same key, same spec text, and the same triggers firing at the same moments as in the source.</summary>
    private static async Task<bool> ArrivedUnchangedAsync(SourceReminder reminder, IScheduler target, CancellationToken cancellationToken)
    {
        var job = await target.GetJobDetail(reminder.Key, cancellationToken);
        if (!string.Equals(job?.JobDataMap.GetString(ReminderKeys.SpecField), reminder.SpecJson, StringComparison.Ordinal))
        {
            return false;
        }

        var arrived = (await target.GetTriggersOfJob(reminder.Key, cancellationToken)).ToDictionary(t => t.Key, FireTimes);
        return arrived.Count == reminder.Pending.Count
            && reminder.Pending.All(t => arrived.TryGetValue(t.Key, out var times) && times.SequenceEqual(FireTimes(t)));
    }

    /// <summary>
    /// The next firing and the few after it. Quartz computes a recurring firing from the one before, so a
    /// trigger started at its next firing goes on as the source's would; this checks that it does.
    /// </summary>
    private static List<DateTimeOffset> FireTimes(ITrigger trigger)
    {
        var times = new List<DateTimeOffset>();
        for (var next = trigger.NextFireTimeUtc; next is { } due && times.Count < 4; next = trigger.GetFireTimeAfter(due))
        {
            times.Add(due);
        }

        return times;
    }
}
