namespace PartnershipBot.Protocol;

/// <summary>Activity type names as the Bot Framework defines them (compared ordinally).</summary>
internal static class ActivityTypes
{
    public const string Message = "message";
    public const string ConversationUpdate = "conversationUpdate";
    public const string InstallationUpdate = "installationUpdate";
    public const string Invoke = "invoke";
    public const string Typing = "typing";
    public const string MessageReaction = "messageReaction";
    public const string Event = "event";
    public const string EndOfConversation = "endOfConversation";
    public const string MessageUpdate = "messageUpdate";
    public const string MessageDelete = "messageDelete";
}
