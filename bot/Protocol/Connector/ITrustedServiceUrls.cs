namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// The serviceUrls the bot may send its token to: those that arrived in an authenticated activity,
/// and hosts configured as trusted. Never an address from an unauthenticated request body.
/// </summary>
internal interface ITrustedServiceUrls
{
    void TrustAuthenticated(string serviceUrl);

    bool IsTrusted(string serviceUrl);
}
