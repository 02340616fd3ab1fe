namespace PartnershipBot.Dialogs.Results;

/// <summary>
/// Advice for one pitfall at elevated or high risk, drawn from its matching lesson, with two or three
/// next steps for the respondent's role and, where it fits, one of the two sayings.
/// </summary>
public sealed record AdviceView(
    string PitfallId,
    string LessonId,
    string LessonTitle,
    string Why,
    IReadOnlyList<string> NextSteps,
    string? Saying);
