using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// Storage keys. The tenant is part of every key, so an id that shows up under another tenant can
/// never reach this tenant's state. Everything about a user lives under <see cref="User"/>, so
/// erasing a user is one prefix; the dialog is per user within a conversation, so people in one
/// group chat never share a check.
/// </summary>
internal static class StateKeys
{
    /// <summary>The user's profile document; their other documents start with this key plus '/'.</summary>
    public static string User(Activity activity) =>
        User(activity.TenantId ?? "none", activity.ChannelId!, activity.From?.Id ?? "anonymous");

    /// <summary>The same key outside a turn (a reminder that fires later knows tenant, channel and user).</summary>
    public static string User(string tenantId, string channelId, string userId) =>
        $"tenants/{Escape(tenantId)}/{Escape(channelId)}/users/{Escape(userId)}";

    /// <summary>The user's dialog in this conversation.</summary>
    public static string Conversation(Activity activity) =>
        $"{User(activity)}/conversations/{Escape(activity.Conversation!.Id!)}";

    /// <summary>Where the question card on screen in this conversation is (so a typed answer can update it).</summary>
    public static string Question(Activity activity) => Conversation(activity) + "/question";

    /// <summary>A finished check's stored result (under the user's prefix, so erasing the user erases it).</summary>
    public static string Result(string userKey, string checkId) => $"{userKey}/results/{Escape(checkId)}";

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
