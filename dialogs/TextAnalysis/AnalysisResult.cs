namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// What the free-text analyzer found in one message: pitfalls and lessons above the threshold, strongest first,
/// and the language it guessed (<c>nl</c>, <c>en</c>, or null when the text gives no clue, e.g. "ok").
/// </summary>
public sealed record AnalysisResult(
    IReadOnlyList<DetectedPitfall> Pitfalls,
    IReadOnlyList<DetectedLesson> Lessons,
    string? Language)
{
    public static AnalysisResult Empty(string? language) => new([], [], language);
}
