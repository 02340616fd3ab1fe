using System.Text.Json.Serialization;

namespace PartnershipBot.Reports;

/// <summary>
/// What a download link grants: one document (<see cref="Kind"/> and <see cref="Subject"/>: a round id, or a
/// partnership for a calendar) in one tenant, in one format and language, until <see cref="ExpiresAt"/>
/// (Unix seconds). All of it is signed, so changing any part breaks the link.
/// </summary>
internal sealed record SignedLink(
    [property: JsonPropertyName("t")] string TenantId,
    [property: JsonPropertyName("k")] string Kind,
    [property: JsonPropertyName("s")] string Subject,
    [property: JsonPropertyName("y")] int? Year,
    [property: JsonPropertyName("f")] string Format,
    [property: JsonPropertyName("l")] string Language,
    [property: JsonPropertyName("e")] long ExpiresAt);
