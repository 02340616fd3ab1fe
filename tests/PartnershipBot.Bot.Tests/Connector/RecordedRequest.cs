using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>
/// One request as it reached the loopback server. <see cref="RawTarget"/> is the request-target exactly
/// as sent on the wire (path and query still percent-encoded), so encoding can be asserted.
/// </summary>
internal sealed record RecordedRequest(string Method, string RawTarget, string Body, string? Authorization, string? ContentType)
{
    /// <summary>The body parsed as JSON, or null when it is empty.</summary>
    public JsonNode? Json => string.IsNullOrWhiteSpace(Body) ? null : JsonNode.Parse(Body);
}
