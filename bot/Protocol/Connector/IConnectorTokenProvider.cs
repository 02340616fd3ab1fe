namespace PartnershipBot.Protocol.Connector;

/// <summary>The bearer token the bot presents to the Bot Connector (audience api.botframework.com).</summary>
internal interface IConnectorTokenProvider
{
    /// <summary>False in development mode (no app id): calls go out without an Authorization header.</summary>
    bool HasCredentials { get; }

    /// <summary>A valid access token, cached until near expiry; null when <see cref="HasCredentials"/> is false.</summary>
    /// <exception cref="ConnectorTokenException">The token service refused or could not be reached.</exception>
    ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The connector refused <paramref name="token"/> (401) although it had not expired, for example
    /// after the secret was rotated: the next <see cref="GetTokenAsync"/> fetches a new one. A token
    /// that was already replaced is left alone.
    /// </summary>
    void Invalidate(string token);
}
