namespace PartnershipBot.Dialogs.Conversation;

/// <summary>What the bot keeps and why, in the user's language.</summary>
public sealed record PrivacyOutput(Language Language, string Title, IReadOnlyList<string> Paragraphs) : BotOutput;
