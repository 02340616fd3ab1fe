namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// The whole conversation state (conversation-scoped storage). Serialisable with System.Text.Json.
/// <see cref="Sequence"/> makes every new check id unique within the conversation.
/// </summary>
public sealed record DialogState(ActiveCheck? Check, int Sequence)
{
    public static DialogState Empty { get; } = new(null, 0);

    /// <summary>
    /// The id of the "delete my data" question now open (its confirm button carries it), or null: only that card's
    /// confirm erases, once, so a second click or an older card's button cannot erase what was stored since.
    /// </summary>
    public string? PendingErasure { get; init; }
}
