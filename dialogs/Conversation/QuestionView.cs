namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// A question ready to render. <see cref="Index"/> and <see cref="Total"/> count within the section:
/// the context questions are numbered on their own, so "question 3 of 8" is honest about the check itself.
/// </summary>
public sealed record QuestionView(
    string CheckId,
    string ItemId,
    string BankVersion,
    CheckKind CheckKind,
    int Index,
    int Total,
    string Text,
    QuestionKind Kind,
    IReadOnlyList<AnswerOption> Options,
    string? Hint,
    bool CanGoBack,
    bool CanSkip,
    bool SkipSuggested,
    bool IsContext,
    string SectionTitle,
    string ProgressText,
    string? CurrentAnswer,
    Language Language);
