using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Why the advisor redirected instead of answering.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<AdvisorRedirectReason>))]
public enum AdvisorRedirectReason
{
    OffTopic,
    Vague,
    PersonalData,
    /// <summary>An attempt to give the bot new instructions ("ignore all previous instructions").</summary>
    Instructions,
    Abuse,
}
