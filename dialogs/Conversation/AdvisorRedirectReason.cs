using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Why the advisor redirected instead of answering.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdvisorRedirectReason>))]
public enum AdvisorRedirectReason
{
    OffTopic,
    Vague,
    Abuse,
}
