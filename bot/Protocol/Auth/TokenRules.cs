using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// The Bot Framework rules that come on top of a valid signature, issuer, audience and lifetime:
/// endorsements and serviceurl for channel tokens, the caller's app id for Entra tokens.
/// Each returns null when the rule holds, or the failure reason.
/// </summary>
internal static class TokenRules
{
    public const string ServiceUrlClaim = "serviceurl";

    public static string? CheckChannelToken(JsonWebToken token, JsonWebKey key, string? channelId, string? serviceUrl, out string? claimedServiceUrl)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(key);
        claimedServiceUrl = null;

        // The SDK accepts a key without endorsements only for Entra tokens, never for channel tokens.
        var endorsements = Endorsements.Of(key);
        if (endorsements is null || !Endorsements.Allows(endorsements, channelId))
        {
            return AuthFailure.EndorsementMissing;
        }

        // The claim binds the token to where replies go: without it a stolen token could redirect them.
        if (!token.TryGetPayloadValue<string>(ServiceUrlClaim, out var claimed) || string.IsNullOrWhiteSpace(claimed))
        {
            return AuthFailure.MissingServiceUrl;
        }

        claimedServiceUrl = claimed;
        return SameServiceUrl(claimed, serviceUrl) ? null : AuthFailure.ServiceUrlMismatch;
    }

    public static string? CheckEntraToken(JsonWebToken token, JsonWebKey key, string? channelId, string appId)
    {
        ArgumentNullException.ThrowIfNull(token);
        ArgumentNullException.ThrowIfNull(key);

        // Entra keys normally carry no endorsements; if one ever does, it must endorse the channel.
        var endorsements = Endorsements.Of(key);
        if (endorsements is not null && !Endorsements.Allows(endorsements, channelId))
        {
            return AuthFailure.EndorsementMissing;
        }

        // v1 tokens name the calling app in appid, v2 tokens in azp.
        token.TryGetPayloadValue<string>("ver", out var version);
        var appIdClaim = version switch
        {
            "1.0" => "appid",
            "2.0" => "azp",
            _ => null,
        };
        if (appIdClaim is null)
        {
            return AuthFailure.MissingVersion;
        }

        return token.TryGetPayloadValue<string>(appIdClaim, out var caller) && string.Equals(caller, appId, StringComparison.Ordinal)
            ? null
            : AuthFailure.WrongAppId;
    }

    /// <summary>Whole-string, case-insensitive, tolerating one trailing slash on either side.</summary>
    public static bool SameServiceUrl(string claimed, string? activityServiceUrl)
    {
        ArgumentNullException.ThrowIfNull(claimed);
        return activityServiceUrl is not null
            && string.Equals(WithoutTrailingSlash(claimed), WithoutTrailingSlash(activityServiceUrl), StringComparison.OrdinalIgnoreCase);
    }

    private static string WithoutTrailingSlash(string url) => url.EndsWith('/') ? url[..^1] : url;
}
