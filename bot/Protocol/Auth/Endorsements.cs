using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// The Bot Framework's keys document lists, per key, the channel ids that key may sign for
/// (<c>endorsements</c>). IdentityModel keeps unknown JWK members in <see cref="JsonWebKey.AdditionalData"/>.
/// </summary>
internal static class Endorsements
{
    private const string Member = "endorsements";

    /// <summary>The key's endorsements, or null when the key carries none at all.</summary>
    public static IReadOnlyList<string>? Of(JsonWebKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!key.AdditionalData.TryGetValue(Member, out var value) || value is null)
        {
            return null;
        }

        // The JSON reader has stored arrays as different CLR shapes across versions; accept each.
        return value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            string single => [single],
            IEnumerable items => [.. items.Cast<object?>().Select(Text).OfType<string>()],
            _ => [],
        };
    }

    /// <summary>The channel id must be among the endorsements, compared ordinally like every channel id.</summary>
    public static bool Allows(IReadOnlyList<string> endorsements, string? channelId) =>
        !string.IsNullOrEmpty(channelId) && endorsements.Contains(channelId, StringComparer.Ordinal);

    private static string? Text(object? item) => item switch
    {
        string s => s,
        JsonElement { ValueKind: JsonValueKind.String } e => e.GetString(),
        _ => null,
    };
}
