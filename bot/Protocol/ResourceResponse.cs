namespace PartnershipBot.Protocol;

/// <summary>What the connector answers for a created activity or conversation.</summary>
internal sealed class ResourceResponse
{
    public string? Id { get; set; }
    public string? ActivityId { get; set; }
    public string? ServiceUrl { get; set; }
}
