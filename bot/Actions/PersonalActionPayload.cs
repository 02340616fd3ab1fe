using PartnershipBot.Protocol;

namespace PartnershipBot.Actions;

/// <summary>What a personal action's due-day message needs: the user's 1:1 chat, where their actions are stored, and which action.</summary>
internal sealed record PersonalActionPayload(ConversationReference Chat, string ChannelId, string UserId, string ActionId, string Language)
{
    public const string Kind = "action.personal";
}
