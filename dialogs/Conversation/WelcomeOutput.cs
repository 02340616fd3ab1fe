namespace PartnershipBot.Dialogs.Conversation;

/// <summary>The welcome (on install or when asked): what the bot does and how to start.</summary>
public sealed record WelcomeOutput(Language Language, string Title, string Text, IReadOnlyList<SuggestedAction> Actions) : BotOutput;
