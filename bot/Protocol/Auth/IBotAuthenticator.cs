namespace PartnershipBot.Protocol.Auth;

/// <summary>Validates the bearer token of an inbound activity as the Bot Framework does.</summary>
internal interface IBotAuthenticator
{
    Task<AuthenticationOutcome> AuthenticateAsync(string? authorizationHeader, string? channelId, string? serviceUrl, CancellationToken cancellationToken);
}
