using System.Security.Claims;

namespace PartnershipBot.Protocol.Auth;

/// <summary>What inbound authentication concluded. Failure reasons are for logs only, never for the caller.</summary>
internal sealed record AuthenticationOutcome
{
    private AuthenticationOutcome(AuthenticationStatus status, ClaimsIdentity? identity, string? reason)
    {
        Status = status;
        Identity = identity;
        Reason = reason;
    }

    public AuthenticationStatus Status { get; }
    public ClaimsIdentity? Identity { get; }
    public string? Reason { get; }

    public static AuthenticationOutcome Anonymous { get; } = new(AuthenticationStatus.Anonymous, null, null);
    public static AuthenticationOutcome Success(ClaimsIdentity identity) => new(AuthenticationStatus.Authenticated, identity, null);
    public static AuthenticationOutcome Unauthorized(string reason) => new(AuthenticationStatus.Unauthorized, null, reason);
    public static AuthenticationOutcome Unavailable(string reason) => new(AuthenticationStatus.KeysUnavailable, null, reason);
}
