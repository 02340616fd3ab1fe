using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// Storage keys. The tenant is part of every key, so a conversation or user id that shows up under
/// another tenant can never read this tenant's state.
/// </summary>
internal static class StateKeys
{
    public static string Conversation(Activity activity) =>
        $"{Tenant(activity)}/{activity.ChannelId}/conversations/{Uri.EscapeDataString(activity.Conversation!.Id!)}";

    /// <summary>The user's document; everything else stored about the user starts with this prefix too.</summary>
    public static string User(Activity activity) =>
        $"{Tenant(activity)}/{activity.ChannelId}/users/{Uri.EscapeDataString(activity.From?.Id ?? "anonymous")}";

    private static string Tenant(Activity activity) => "tenants/" + Uri.EscapeDataString(activity.TenantId ?? "none");
}
