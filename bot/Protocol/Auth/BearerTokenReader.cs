using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// Everything that can be decided about an Authorization header without the network: the scheme,
/// the token's shape and its algorithm. Nothing read here is trusted yet.
/// </summary>
internal static class BearerTokenReader
{
    /// <summary>Only RSA signatures, as the Bot Framework allows: no <c>none</c>, no shared-secret HMAC.</summary>
    public static IReadOnlyList<string> AllowedAlgorithms { get; } =
        [SecurityAlgorithms.RsaSha256, SecurityAlgorithms.RsaSha384, SecurityAlgorithms.RsaSha512];

    private static readonly JsonWebTokenHandler Handler = new();

    /// <summary>Reads <c>Bearer &lt;jwt&gt;</c>; returns the token, or null and the reason it was refused.</summary>
    public static JsonWebToken? Read(string authorizationHeader, out string? failure)
    {
        ArgumentNullException.ThrowIfNull(authorizationHeader);

        // Exactly two parts and exactly "Bearer" (case-sensitive), as the SDK requires.
        var parts = authorizationHeader.Split(' ');
        if (parts.Length != 2 || !string.Equals(parts[0], "Bearer", StringComparison.Ordinal))
        {
            failure = AuthFailure.NotBearer;
            return null;
        }

        var token = Parse(parts[1]);
        if (token is null || token.IsEncrypted)
        {
            failure = AuthFailure.Malformed;
            return null;
        }

        if (!AllowedAlgorithms.Contains(token.Alg, StringComparer.Ordinal))
        {
            failure = AuthFailure.AlgorithmNotAllowed;
            return null;
        }

        // Keys are looked up by id: a token that names none cannot be tied to an endorsed key.
        if (string.IsNullOrEmpty(token.Kid))
        {
            failure = AuthFailure.MissingKeyId;
            return null;
        }

        failure = null;
        return token;
    }

    private static JsonWebToken? Parse(string raw)
    {
        if (string.IsNullOrEmpty(raw) || !Handler.CanReadToken(raw))
        {
            return null;
        }

        try
        {
            return Handler.ReadJsonWebToken(raw);
        }
        catch (Exception ex) when (ex is ArgumentException or SecurityTokenMalformedException)
        {
            // CanReadToken only checks the shape; the header or payload may still not be JSON.
            return null;
        }
    }
}
