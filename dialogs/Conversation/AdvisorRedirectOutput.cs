namespace PartnershipBot.Dialogs.Conversation;

/// <summary>A polite redirect for input the advisor will not answer (off-topic, too vague, abusive), with what the bot can do.</summary>
public sealed record AdvisorRedirectOutput(Language Language, AdvisorRedirectReason Reason, string Title, string Text, IReadOnlyList<SuggestedAction> Actions) : BotOutput;
