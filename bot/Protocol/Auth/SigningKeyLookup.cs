using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>The result of looking up a token's signing key: found, not published, or keys unreachable.</summary>
internal sealed record SigningKeyLookup(JsonWebKey? Key, bool Unavailable)
{
    public static SigningKeyLookup NotFound { get; } = new(null, false);
    public static SigningKeyLookup KeysUnavailable { get; } = new(null, true);
}
