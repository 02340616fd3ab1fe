namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// The bot has credentials but the serviceUrl is neither from an authenticated activity nor a
/// configured trusted host, so no request was sent: the bot's token must never reach such an address.
/// </summary>
internal sealed class UntrustedServiceUrlException(string host)
    : InvalidOperationException($"Refusing to call the connector at untrusted host '{host}': it did not arrive in an authenticated activity and is not in BotFramework:TrustedServiceUrlHosts.")
{
    public string Host { get; } = host;
}
