namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>A pitfall (stable domain id) with a score in 0..1 and the phrases from the input that raised it.</summary>
public sealed record DetectedPitfall(string Id, double Score, IReadOnlyList<string> Evidence);
