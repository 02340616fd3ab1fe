using System.Collections.Frozen;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Compiled settings.json: the threshold and the pairs that let negation turn a pitfall into its lesson and back.</summary>
internal sealed class AnalysisSettings
{
    public AnalysisSettings(AnalysisSettingsDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Threshold is <= 0 or >= 1 || document.QuestionFactor is < 0 or > 1 || document.NegationReach is < 0 or > 12)
        {
            throw new FormatException("Analysis settings out of range: threshold in (0,1), questionFactor in [0,1], negationReach in [0,12].");
        }

        if (document.ModelThreshold is <= 0 or > 1)
        {
            throw new FormatException("Analysis settings: modelThreshold in (0,1], or left out for the lexicons alone.");
        }

        ModelThreshold = document.ModelThreshold;
        Threshold = document.Threshold;
        QuestionFactor = document.QuestionFactor;
        NegationReach = document.NegationReach;
        LessonOf = document.Pairs.ToFrozenDictionary(StringComparer.Ordinal);
        PitfallOf = document.Pairs.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);
        TimeGated = (document.TimeGated ?? []).ToFrozenSet(StringComparer.Ordinal);
        if (TimeGated.Any(id => !LessonOf.ContainsKey(id)))
        {
            throw new FormatException("Analysis settings: timeGated lists only pitfalls of the pairs.");
        }
    }

    public double Threshold { get; }
    public double QuestionFactor { get; }

    /// <summary>The learned model's probability at which it adds a pitfall the lexicons missed; null: no model.</summary>
    public double? ModelThreshold { get; }
    public int NegationReach { get; }
    public FrozenDictionary<string, string> LessonOf { get; }
    public FrozenDictionary<string, string> PitfallOf { get; }

    public bool IsPitfall(string id) => LessonOf.ContainsKey(id);

    /// <summary>Pitfalls that turn into their lesson when a sentence orders them after operations run well.</summary>
    public FrozenSet<string> TimeGated { get; }

    public bool IsTimeGated(string id) => TimeGated.Contains(id);

    public bool IsKnown(string id) => LessonOf.ContainsKey(id) || PitfallOf.ContainsKey(id);

    /// <summary>The concept a negated cue supports instead: "no savings target" supports patience, "no buffer" the savings pitfall.</summary>
    public string? Opposite(string id) =>
        LessonOf.TryGetValue(id, out var lesson) ? lesson : PitfallOf.GetValueOrDefault(id);
}
