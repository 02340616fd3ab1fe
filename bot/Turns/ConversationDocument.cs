using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// Conversation-scoped state: the dialog, whether this installation was welcomed (Teams sends both
/// installationUpdate and conversationUpdate on install), and the reference for proactive messages.
/// </summary>
internal sealed record ConversationDocument(DialogState Dialog, bool Welcomed, ConversationReference? Reference)
{
    public static ConversationDocument Empty() => new(DialogState.Empty, false, null);
}
