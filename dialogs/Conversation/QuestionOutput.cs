namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Ask this question (as a card; typed answers are accepted too).</summary>
public sealed record QuestionOutput(QuestionView Question) : BotOutput;
