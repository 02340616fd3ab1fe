using PartnershipBot.Protocol;

namespace PartnershipBot.Telemetry;

/// <summary>An activity's type as a tag value: the wire's field is free text, so only known types pass.</summary>
internal static class ActivityTypeTag
{
    public const string Other = "other";

    private static readonly HashSet<string> Known = new(StringComparer.Ordinal)
    {
        ActivityTypes.Message, ActivityTypes.Invoke, ActivityTypes.ConversationUpdate, ActivityTypes.InstallationUpdate,
        ActivityTypes.MessageReaction, ActivityTypes.MessageUpdate, ActivityTypes.MessageDelete, ActivityTypes.Typing,
        ActivityTypes.Event, ActivityTypes.EndOfConversation,
    };

    public static string Of(string? type) => type is not null && Known.Contains(type) ? type : Other;
}
