namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>A healthy practice (stable lesson id) with a score in 0..1 and the phrases from the input that showed it.</summary>
public sealed record DetectedLesson(string Id, double Score, IReadOnlyList<string> Evidence);
