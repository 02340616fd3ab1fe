using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The respondent's role; JSON names are the stable domain ids.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Role>))]
public enum Role
{
    [JsonStringEnumMemberName("owner")] Owner,
    [JsonStringEnumMemberName("client")] Client,
    [JsonStringEnumMemberName("contractor")] Contractor,
    [JsonStringEnumMemberName("advisor")] Advisor,
}
