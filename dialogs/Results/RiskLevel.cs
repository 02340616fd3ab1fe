using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Results;

/// <summary>Risk band of one pitfall; thresholds live in the content data. Unknown when no answer gave a signal.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RiskLevel>))]
public enum RiskLevel
{
    [JsonStringEnumMemberName("unknown")] Unknown,
    [JsonStringEnumMemberName("low")] Low,
    [JsonStringEnumMemberName("elevated")] Elevated,
    [JsonStringEnumMemberName("high")] High,
}
