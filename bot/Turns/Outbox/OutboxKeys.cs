using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Protocol;

namespace PartnershipBot.Turns.Outbox;

/// <summary>
/// One outbox document per activity, outside the tenant prefixes (so a user's dialog documents stay the
/// only ones under their conversation key). Hashed: the key must find an activity again, not show its ids.
/// </summary>
internal static class OutboxKeys
{
    public const string Prefix = "outbox/";

    public static string Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var identity = $"{activity.ChannelId}|{activity.Conversation?.Id}|{activity.Id}";
        return Prefix + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(identity)));
    }
}
