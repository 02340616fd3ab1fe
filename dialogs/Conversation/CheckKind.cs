using System.Text.Json.Serialization;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Quick check (at most 8 questions after the context) or the role-based full check.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CheckKind>))]
public enum CheckKind
{
    [JsonStringEnumMemberName("quick")] Quick,
    [JsonStringEnumMemberName("full")] Full,
}
