using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>Whether a round still takes answers.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RoundState>))]
public enum RoundState
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("closed")] Closed,
}
