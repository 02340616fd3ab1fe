using System.Net;

namespace PartnershipBot.Protocol.Connector;

/// <summary>A connector call that failed for good (after retries, or a 4xx that must not be retried).</summary>
internal sealed class ConnectorException(HttpStatusCode status, string? errorCode, string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The <c>error.code</c> of the connector's ErrorResponse, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>403/404: the user removed the bot or the conversation is gone; do not try again.</summary>
    public bool IsUnreachable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;

    /// <summary>
    /// True when the connector never answered (connection failure or timeout on every attempt);
    /// <see cref="Status"/> is then a stand-in (503 or 504), not something the connector said.
    /// </summary>
    public bool ReceivedNoAnswer { get; init; }

    /// <summary>
    /// The connector's Retry-After when it throttled us past the retry budget: a scheduler may try
    /// again after this long.
    /// </summary>
    public TimeSpan? RetryAfter { get; init; }
}
