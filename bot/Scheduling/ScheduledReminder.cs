namespace PartnershipBot.Scheduling;

/// <summary>A reminder as the scheduler holds it; <see cref="NextDueUtc"/> is null when it will not fire again.</summary>
internal sealed record ScheduledReminder(string Id, ReminderSpec Spec, DateTimeOffset? NextDueUtc);
