using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The two languages the product speaks; Dutch first.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<Language>))]
public enum Language
{
    [JsonStringEnumMemberName("nl")] Nl,
    [JsonStringEnumMemberName("en")] En,
}
