using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Actions;

/// <summary>Where an agreed action stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ActionStatus>))]
public enum ActionStatus
{
    [JsonStringEnumMemberName("open")] Open,
    [JsonStringEnumMemberName("done")] Done,
    [JsonStringEnumMemberName("postponed")] Postponed,
}
