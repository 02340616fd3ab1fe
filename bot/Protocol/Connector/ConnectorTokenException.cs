namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// The bot could not obtain its outbound token. Distinct from <see cref="ConnectorException"/>:
/// a failing login endpoint says nothing about whether a conversation is reachable.
/// </summary>
internal sealed class ConnectorTokenException(string message, Exception? innerException = null)
    : Exception(message, innerException);
