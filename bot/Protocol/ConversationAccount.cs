using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Protocol;

/// <summary>A conversation. In Teams <c>conversationType</c> is personal, groupChat or channel.</summary>
internal sealed class ConversationAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public bool? IsGroup { get; set; }
    public string? ConversationType { get; set; }
    public string? TenantId { get; set; }
    public string? AadObjectId { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
