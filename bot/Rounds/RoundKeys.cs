using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

/// <summary>Round storage keys, always under the tenant of the activity or reminder that asks.</summary>
internal static class RoundKeys
{
    public static string Round(string tenantId, string roundId) => $"{Prefix(tenantId)}{Escape(roundId)}";

    public static string Index(string tenantId) => $"{Prefix(tenantId)}index";

    public static string Partnership(string tenantId, string partnershipId) => $"tenants/{Escape(tenantId)}/partnerships/{Escape(partnershipId)}";

    /// <summary>The tenants that have rounds (storage has no listing), so system jobs can be re-planned at start.</summary>
    public const string Tenants = "rounds/tenants";

    /// <summary>Under <see cref="StateKeys.User"/>, so erasing the user removes it.</summary>
    public static string Participation(Activity activity) => StateKeys.User(activity) + "/rounds";

    public static string Participation(string tenantId, string channelId, string userId) =>
        $"tenants/{Escape(tenantId)}/{Escape(channelId)}/users/{Escape(userId)}/rounds";

    private static string Prefix(string tenantId) => $"tenants/{Escape(tenantId)}/rounds/";

    private static string Escape(string value) => Uri.EscapeDataString(value);
}
