using PartnershipBot.Protocol;

namespace PartnershipBot.Teams;

/// <summary>Where a message was said: a personal (1:1) chat, or a channel or group chat that others read.</summary>
internal static class ConversationScope
{
    /// <summary>True in a channel or group chat: nothing personal (answers, results, reminders) may be shown there.</summary>
    public static bool IsShared(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Conversation?.ConversationType is "channel" or "groupChat" || activity.Conversation?.IsGroup == true;
    }

    /// <summary>True in a personal (1:1) chat on Teams: the only place Teams streams a bot's message.</summary>
    public static bool IsTeamsPersonal(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return string.Equals(activity.ChannelId, "msteams", StringComparison.Ordinal)
            && activity.Conversation?.ConversationType == "personal"
            && activity.Conversation.IsGroup != true;
    }
}
