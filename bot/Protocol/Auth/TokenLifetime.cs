using Microsoft.IdentityModel.JsonWebTokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// Lifetime against our injected clock, with the Bot Framework's five minutes of skew. Done here
/// rather than by IdentityModel because its validation parameters offer no public way to supply
/// "now". It needs no keys, so an expired token is refused before any network call.
/// </summary>
internal static class TokenLifetime
{
    public static TimeSpan ClockSkew { get; } = TimeSpan.FromMinutes(5);

    public static string? Check(JsonWebToken token, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(token);

        if (!token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Exp, out var exp))
        {
            return AuthFailure.NoExpiration;
        }

        if (now - ClockSkew >= DateTimeOffset.FromUnixTimeSeconds(exp))
        {
            return AuthFailure.Expired;
        }

        if (token.TryGetPayloadValue<long>(JwtRegisteredClaimNames.Nbf, out var nbf)
            && now + ClockSkew < DateTimeOffset.FromUnixTimeSeconds(nbf))
        {
            return AuthFailure.NotYetValid;
        }

        return nbf > exp ? AuthFailure.InvalidToken : null;
    }
}
