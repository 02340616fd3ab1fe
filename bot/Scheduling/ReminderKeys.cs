using Quartz;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Quartz names: one job group per tenant, so a reminder id from another tenant never resolves, and
/// a list scans one tenant's reminders only. Job data holds the spec as JSON.
/// </summary>
internal static class ReminderKeys
{
    public const string SpecField = "spec";

    /// <summary>Set on a trigger that delivers an occurrence moved into working hours.</summary>
    public const string DeferredField = "deferred";

    public static string Group(string tenantId) => "tenant:" + tenantId;

    public static JobKey Job(string tenantId, string reminderId) => new(reminderId, Group(tenantId));

    public static TriggerKey Trigger(string tenantId, string reminderId) => new(reminderId, Group(tenantId));
}
