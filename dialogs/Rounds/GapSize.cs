using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>How far two roles' views of one pitfall are apart (points on the 0–100 risk scale).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<GapSize>))]
public enum GapSize
{
    /// <summary>Under 15 points: within what different vantage points normally give.</summary>
    [JsonStringEnumMemberName("small")] Small,
    /// <summary>15 to 24 points: worth a conversation.</summary>
    [JsonStringEnumMemberName("clear")] Clear,
    /// <summary>25 points or more: the roles see a different partnership.</summary>
    [JsonStringEnumMemberName("large")] Large,
}
