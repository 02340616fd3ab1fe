namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A question that needs an explicit yes before something irreversible happens.</summary>
public sealed record ConfirmOutput(Language Language, string Title, string Text, IReadOnlyList<SuggestedAction> Actions) : BotOutput;
