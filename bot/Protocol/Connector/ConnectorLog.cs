using Microsoft.Extensions.Logging;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Connector log events (ids 2400–2449). Hosts, operations, status codes and error codes only:
/// never a token, a secret, a full URL of an untrusted caller or message text.
/// </summary>
internal static partial class ConnectorLog
{
    [LoggerMessage(EventId = 2401, Level = LogLevel.Information, Message = "Connector {Operation} on {Host}: attempt {Attempt} got {Outcome}; retrying in {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string operation, string host, int attempt, string outcome, long delayMs);

    [LoggerMessage(EventId = 2402, Level = LogLevel.Warning, Message = "Connector {Operation} on {Host}: giving up after attempt {Attempt} ({Outcome})")]
    public static partial void GaveUp(ILogger logger, string operation, string host, int attempt, string outcome);

    [LoggerMessage(EventId = 2403, Level = LogLevel.Warning, Message = "Refused to send the bot token to untrusted connector host {Host}; no request was made")]
    public static partial void UntrustedServiceUrl(ILogger logger, string host);

    [LoggerMessage(EventId = 2404, Level = LogLevel.Warning, Message = "Connector {Operation} on {Host} failed with {Status} ({ErrorCode})")]
    public static partial void CallFailed(ILogger logger, string operation, string host, int status, string? errorCode);

    [LoggerMessage(EventId = 2405, Level = LogLevel.Information, Message = "Acquired a connector token ({AppType}), valid for {ExpiresInSeconds} s")]
    public static partial void TokenAcquired(ILogger logger, string appType, long expiresInSeconds);

    [LoggerMessage(EventId = 2406, Level = LogLevel.Error, Message = "The token service answered {Status} ({ErrorCode}) to the client-credentials request")]
    public static partial void TokenRequestFailed(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 2407, Level = LogLevel.Error, Message = "Managed identity could not provide a connector token")]
    public static partial void ManagedIdentityFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 2408, Level = LogLevel.Warning, Message = "Connector {Operation} on {Host} succeeded with a body that is not a resource response; treating it as empty")]
    public static partial void UnreadableSuccessBody(ILogger logger, string operation, string host);

    [LoggerMessage(EventId = 2409, Level = LogLevel.Warning, Message = "Connector {Operation} on {Host} refused the bot token (401); trying once more with a new token")]
    public static partial void TokenRefused(ILogger logger, string operation, string host);
}
