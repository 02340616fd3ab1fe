namespace PartnershipBot.Analysis;

/// <summary>
/// Extra signals about a message from an external service: language (ISO 639-1) with confidence, and overall
/// sentiment ("positive", "neutral", "negative", "mixed") with its scores. Every part may be missing.
/// </summary>
internal sealed record TextSignals(
    string? Language,
    double? LanguageConfidence,
    string? Sentiment,
    double? Positive,
    double? Neutral,
    double? Negative)
{
    public static TextSignals None { get; } = new(null, null, null, null, null, null);

    public bool IsEmpty => this == None;
}
