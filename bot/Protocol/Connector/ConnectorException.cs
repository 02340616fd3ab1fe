using System.Net;

namespace PartnershipBot.Protocol.Connector;

/// <summary>A connector call that failed for good (after retries, or a 4xx that must not be retried).</summary>
internal sealed class ConnectorException(HttpStatusCode status, string? errorCode, string message)
    : Exception(message)
{
    public HttpStatusCode Status { get; } = status;

    /// <summary>The <c>error.code</c> of the connector's ErrorResponse, e.g. <c>MessageWritesBlocked</c>.</summary>
    public string? ErrorCode { get; } = errorCode;

    /// <summary>403/404: the user removed the bot or the conversation is gone; do not try again.</summary>
    public bool IsUnreachable => Status is HttpStatusCode.Forbidden or HttpStatusCode.NotFound;
}
