namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A button the card should offer: <paramref name="Action"/> is a <see cref="CardActions"/> value.</summary>
public sealed record SuggestedAction(string Title, string Action)
{
    /// <summary>With <see cref="CardActions.DeleteDataConfirmed"/> and <see cref="CardActions.DeleteDataCancelled"/>: the question it answers (<see cref="CardFields.Erasure"/>).</summary>
    public string? Erasure { get; init; }
}
