using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Results;

/// <summary>
/// The outcome of a finished check, fully localised; cards only render it.
/// <see cref="Healthy"/> is set when no pitfall is elevated or high; <see cref="Advice"/> then is empty.
/// </summary>
public sealed record CheckReport(
    string CheckId,
    Language Language,
    Role Role,
    string RoleLabel,
    CheckKind Kind,
    string BankVersion,
    DateTimeOffset CompletedAt,
    string Title,
    IReadOnlyList<ContextLine> Context,
    IReadOnlyList<PitfallResult> Pitfalls,
    IReadOnlyList<ContradictionView> Contradictions,
    string OverallSummary,
    IReadOnlyList<AdviceView> Advice,
    HealthyView? Healthy,
    ChangeSinceLast? ChangeSinceLast,
    int AnsweredCount,
    int SkippedCount,
    bool CanStartFullCheck,
    IReadOnlyList<SuggestedAction> Actions)
{
    /// <summary>When <see cref="ChangeSinceLast"/> is null: says plainly why (the first check, or the first of this kind in this role).</summary>
    public string? ComparisonNote { get; init; }

    /// <summary>One line saying what the 0–100 score and the levels mean.</summary>
    public string? ScoreExplanation { get; init; }

    /// <summary>
    /// Statements answered 'weet ik niet': not in <see cref="AnsweredCount"/>, since they count nowhere, as the
    /// pitfalls without a score say. 0 in results kept before it was counted.
    /// </summary>
    public int DontKnowCount { get; init; }

    /// <summary>The reading of the full check's open answer; null when the check had no open question.</summary>
    public OpenAnswerView? OpenAnswer { get; init; }
}
