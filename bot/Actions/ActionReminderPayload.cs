using PartnershipBot.Protocol;

namespace PartnershipBot.Actions;

/// <summary>What the overdue check needs: the partnership, the action, and the consultant's 1:1 chat to tell.</summary>
/// <remarks><see cref="PartnershipId"/> is null in checks planned before registers were keyed by id; those are found by name.</remarks>
internal sealed record ActionReminderPayload(string Partnership, string ActionId, ConversationReference Consultant, string Language, string? PartnershipId = null)
{
    public const string Kind = "action.overdue";
}
