using System.Globalization;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Bench.Scale;

/// <summary>Follow-up reminders as the 'opvolging' command schedules them, spread over tenants and owners.</summary>
internal static class Reminders
{
    public static string TenantOf(int index) => "scale-tenant-" + index.ToString(CultureInfo.InvariantCulture);

    public static string OwnerOf(int index) => "29:owner-" + index.ToString(CultureInfo.InvariantCulture);

    public static ReminderSpec Spec(int tenant, int owner, DateTimeOffset due, int stubPort)
    {
        var payload = new FollowUpPayload($"http://127.0.0.1:{stubPort}/", "msteams", "28:scale-bot", "PartnershipBot",
            OwnerOf(owner), "Bench", "de projectleider", "het plan van aanpak delen", "nl-NL", Language.Nl);
        return new ReminderSpec(TenantOf(tenant), OwnerOf(owner), FollowUpReminderHandler.FollowUpKind, "scale-bench",
            payload.ToJson(), due, null, "Opvolging: het plan van aanpak delen");
    }
}
