using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Protocol;

/// <summary>A user or bot on a channel. Teams ids look like <c>29:…</c> (user) and <c>28:…</c> (bot).</summary>
internal sealed class ChannelAccount
{
    public string? Id { get; set; }
    public string? Name { get; set; }
    public string? AadObjectId { get; set; }
    public string? Role { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }
}
