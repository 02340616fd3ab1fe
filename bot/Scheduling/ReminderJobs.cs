using Quartz;

namespace PartnershipBot.Scheduling;

/// <summary>
/// How a reminder's Quartz job is built, in one place: the scheduler builds new reminders with it and
/// <c>migrate-storage</c> rebuilds a pilot's, so a moved reminder is the job a new one would be
/// (a pilot's job from before clustering gains <c>RequestRecovery</c>, for instance).
/// </summary>
internal static class ReminderJobs
{
    /// <summary>The job for a reminder of <paramref name="kind"/> carrying <paramref name="specJson"/> (a <see cref="ReminderSpecJson"/> text).</summary>
    public static IJobDetail For(JobKey key, string kind, string specJson) =>
        JobBuilder.Create<ReminderJob>()
            .WithIdentity(key)
            // The kind, as the job's description, lets a listing count kinds without loading job data (open rounds).
            .WithDescription(kind)
            // An instance that dies while delivering: another one (or this one, restarted) runs the job again.
            .RequestRecovery()
            .UsingJobData(ReminderKeys.SpecField, specJson)
            .Build();
}
