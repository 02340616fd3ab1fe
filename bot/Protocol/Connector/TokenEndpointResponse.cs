using System.Text.Json.Serialization;

namespace PartnershipBot.Protocol.Connector;

/// <summary>The OAuth 2.0 token endpoint's answer, success or error (RFC 6749 §5.1, §5.2).</summary>
internal sealed record TokenEndpointResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    // Entra's v1 endpoint sent expires_in as a string; accept both.
    [property: JsonPropertyName("expires_in"), JsonNumberHandling(JsonNumberHandling.AllowReadingFromString)] long? ExpiresIn,
    [property: JsonPropertyName("error")] string? Error);
