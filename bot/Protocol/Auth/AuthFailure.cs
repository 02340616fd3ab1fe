namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// Stable reasons for a rejected or unverifiable token. They go to logs (and tests) only; the HTTP
/// caller never learns why, so a probe cannot tell one failure from another.
/// </summary>
internal static class AuthFailure
{
    public const string MissingHeader = "missing-authorization-header";
    public const string NotBearer = "scheme-not-bearer";
    public const string Malformed = "malformed-token";
    public const string AlgorithmNotAllowed = "algorithm-not-allowed";
    public const string MissingKeyId = "missing-key-id";
    public const string TokenWithoutAppId = "token-presented-without-app-id";
    public const string UntrustedIssuer = "untrusted-issuer";
    public const string UnknownKey = "unknown-signing-key";
    public const string KeysUnavailable = "signing-keys-unavailable";
    public const string InvalidSignature = "invalid-signature";
    public const string Expired = "token-expired";
    public const string NotYetValid = "token-not-yet-valid";
    public const string NoExpiration = "token-without-expiry";
    public const string WrongAudience = "wrong-audience";
    public const string WrongIssuer = "wrong-issuer";
    public const string InvalidToken = "invalid-token";
    public const string MissingVersion = "missing-version-claim";
    public const string WrongAppId = "wrong-app-id";
    public const string EndorsementMissing = "channel-not-endorsed";
    public const string MissingServiceUrl = "missing-serviceurl-claim";
    public const string ServiceUrlMismatch = "serviceurl-mismatch";
}
