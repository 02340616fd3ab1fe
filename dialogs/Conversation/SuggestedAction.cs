namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A button the card should offer: <paramref name="Action"/> is a <see cref="CardActions"/> value.</summary>
public sealed record SuggestedAction(string Title, string Action);
