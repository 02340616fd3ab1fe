namespace PartnershipBot.Dialogs.Conversation;

/// <summary>Answers (no free text) of the user's last completed check, reused by a later full check.</summary>
public sealed record ReusableAnswers(DateTimeOffset AnsweredAt, string BankVersion, IReadOnlyList<AnswerEntry> Answers);
