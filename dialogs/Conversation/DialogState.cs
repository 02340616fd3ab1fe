namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The whole conversation state (conversation-scoped storage). Serialisable with System.Text.Json.
/// <see cref="Sequence"/> makes every new check id unique within the conversation.
/// </summary>
public sealed record DialogState(ActiveCheck? Check, int Sequence)
{
    public static DialogState Empty { get; } = new(null, 0);
}
