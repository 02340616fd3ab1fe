using PartnershipBot.Protocol;

namespace PartnershipBot.Actions;

/// <summary>What the overdue check needs: the partnership, the action, and the consultant's 1:1 chat to tell.</summary>
internal sealed record ActionReminderPayload(string Partnership, string ActionId, ConversationReference Consultant, string Language)
{
    public const string Kind = "action.overdue";
}
