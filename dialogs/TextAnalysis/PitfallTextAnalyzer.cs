using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// Reads a free-text message (Dutch or English) and reports which pitfalls and lessons it describes, with the
/// phrases that showed them. Pure and deterministic: the lexicons are loaded once; nothing else is read.
/// Safe to share between threads: every call takes its own stemmers.
/// </summary>
public sealed class PitfallTextAnalyzer
{
    /// <summary>Longer input is cut: a chat message that long is pasted text, and the cost must stay bounded.</summary>
    public const int MaxLength = 5000;

    private static readonly Lazy<PitfallTextAnalyzer> s_default = new(() => new PitfallTextAnalyzer(AnalysisContent.LoadEmbedded()));

    private readonly AnalysisContent _content;

    internal PitfallTextAnalyzer(AnalysisContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
    }

    /// <summary>The analyzer over the embedded lexicons (loaded and validated on first use).</summary>
    public static PitfallTextAnalyzer Default => s_default.Value;

    public AnalysisResult Analyze(string text) => Analyze(text, languageHint: null);

    /// <param name="text">The message.</param>
    /// <param name="languageHint">Used only when the words themselves do not tell the language ("ok", "prima").</param>
    public AnalysisResult Analyze(string text, string? languageHint)
    {
        ArgumentNullException.ThrowIfNull(text);
        var raw = TextTokenizer.Tokenize(text.Length > MaxLength ? text[..MaxLength] : text);
        var language = LanguageGuesser.Guess(raw, _content.Lexicons);
        if (raw.Count == 0)
        {
            return AnalysisResult.Empty(language);
        }

        var lexicons = _content.Lexicons.Where(l => l.Language == (language ?? languageHint)).ToList();
        var findings = new List<Finding>();
        foreach (var lexicon in lexicons.Count > 0 ? lexicons : _content.Lexicons)
        {
            var prepared = PreparedText.Create(raw, lexicon, lexicon.NewStemmer());
            findings.AddRange(MatchResolver.Resolve(prepared, CueMatcher.FindAll(prepared, lexicon.Cues), _content.Settings));
        }

        var threshold = _content.Settings.Threshold;
        var pitfalls = Aggregate(text, findings.Where(f => !f.IsLesson), threshold)
            .Select(a => new DetectedPitfall(a.Id, a.Score, a.Evidence)).ToArray();
        // A practice is reported only when its own pitfall is not at least as strongly present: "incidenteel
        // geld voor de opstart? nee, niks gekregen" is about the missing buffer, not about having one.
        var lessons = Aggregate(text, findings.Where(f => f.IsLesson), threshold)
            .Where(a => !pitfalls.Any(p => p.Score >= a.Score && _content.Settings.Opposite(p.Id) == a.Id))
            .Select(a => new DetectedLesson(a.Id, a.Score, a.Evidence)).ToArray();
        return new AnalysisResult(pitfalls, lessons, language);
    }

    /// <summary>Adapts the analyzer to the conversation engine's hook for the open question.</summary>
    public FreeTextAnalyzer AsFreeTextAnalyzer() => (text, language) =>
        Analyze(text, language == Language.En ? "en" : "nl").Pitfalls
            .Select(p => new FreeTextSignal(p.Id, p.Score, p.Evidence))
            .ToArray();

    // Independent cues combine like independent chances (1 − Π(1 − w)); one cue counts once however often it matches.
    private static IEnumerable<(string Id, double Score, IReadOnlyList<string> Evidence)> Aggregate(string text, IEnumerable<Finding> findings, double threshold) =>
        findings
            .GroupBy(f => f.Target, StringComparer.Ordinal)
            .Select(g =>
            {
                var score = 1.0 - g.GroupBy(f => f.CueId, StringComparer.Ordinal)
                    .Select(c => c.Max(f => f.Weight))
                    .Aggregate(1.0, (rest, w) => rest * (1.0 - w));
                var evidence = Evidence(text, g);
                return (Id: g.Key, Score: Math.Round(score, 4), Evidence: (IReadOnlyList<string>)evidence);
            })
            .Where(a => a.Score >= threshold)
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.Id, StringComparer.Ordinal);

    // Quote each stretch of the input once: a phrase inside another quoted phrase adds nothing.
    private static string[] Evidence(string text, IEnumerable<Finding> findings)
    {
        var kept = new List<(int Start, int End)>();
        foreach (var f in findings.OrderBy(f => f.EvidenceStart).ThenByDescending(f => f.EvidenceEnd))
        {
            if (!kept.Exists(k => k.Start <= f.EvidenceStart && f.EvidenceEnd <= k.End))
            {
                kept.Add((f.EvidenceStart, f.EvidenceEnd));
            }
        }

        return kept.Select(k => text[k.Start..k.End]).ToArray();
    }
}
