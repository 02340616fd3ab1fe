namespace PartnershipBot.Protocol.Connector;

/// <summary>Development mode: the Emulator and the Agents Playground accept calls without a token.</summary>
internal sealed class NoConnectorTokenProvider : IConnectorTokenProvider
{
    public bool HasCredentials => false;

    public ValueTask<string?> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);

    public void Invalidate(string token)
    {
        // No token, nothing to drop.
    }
}
