namespace PartnershipBot.Protocol.Auth;

internal enum AuthenticationStatus
{
    /// <summary>Development mode: no app id configured and no token presented.</summary>
    Anonymous,
    Authenticated,
    /// <summary>Answer 401.</summary>
    Unauthorized,
    /// <summary>Signing keys could not be fetched: answer 503, never accept.</summary>
    KeysUnavailable,
}
