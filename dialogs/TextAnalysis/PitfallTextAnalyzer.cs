using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis.Learned;

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

    private static readonly Lazy<PitfallTextAnalyzer> s_default = new(() => WithLearnedModel(AnalysisContent.LoadEmbedded()));

    private readonly AnalysisContent _content;
    private readonly LearnedPitfalls? _learned;

    /// <param name="content">Lexicons and settings.</param>
    /// <param name="learned">A learned model that adds recall under the lexicons' reading; null: the lexicons alone.</param>
    internal PitfallTextAnalyzer(AnalysisContent content, LearnedPitfalls? learned = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        _content = content;
        _learned = learned;
    }

    /// <summary>
    /// The analyzer over the embedded lexicons and, when settings.json names a model threshold, the model trained on
    /// the embedded labelled statements (loaded, validated and trained on first use, deterministically).
    /// </summary>
    public static PitfallTextAnalyzer Default => s_default.Value;

    internal static PitfallTextAnalyzer WithLearnedModel(AnalysisContent content)
    {
        var lexicons = new PitfallTextAnalyzer(content);
        if (content.Settings.ModelThreshold is not { } threshold)
        {
            return lexicons;
        }

        var examples = TrainingSet.LoadEmbedded().Select(s => new TrainingExample(lexicons.Features(s.Text), s.Pitfalls)).ToArray();
        var model = LinearTextModel.Train(examples, [.. content.Settings.LessonOf.Keys.Order(StringComparer.Ordinal)]);
        return new PitfallTextAnalyzer(content, new LearnedPitfalls(model, threshold));
    }

    public AnalysisResult Analyze(string text) => Analyze(text, languageHint: null);

    /// <param name="text">The message.</param>
    /// <param name="languageHint">Used only when the words themselves do not tell the language ("ok", "prima").</param>
    public AnalysisResult Analyze(string text, string? languageHint)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (language, prepared) = Prepare(text, languageHint);
        if (prepared.Count == 0)
        {
            return AnalysisResult.Empty(language);
        }

        var findings = new List<Finding>();
        foreach (var (lexicon, words) in prepared)
        {
            findings.AddRange(MatchResolver.Resolve(words, CueMatcher.FindAll(words, lexicon), _content.Settings));
        }

        var threshold = _content.Settings.Threshold;
        var pitfalls = Aggregate(text, findings.Where(f => !f.IsLesson), threshold)
            .Select(a => new DetectedPitfall(a.Id, a.Score, a.Evidence)).ToArray();
        // A practice is reported only when its own pitfall is not at least as strongly present: "incidenteel
        // geld voor de opstart? nee, niks gekregen" is about the missing buffer, not about having one.
        var lessons = Aggregate(text, findings.Where(f => f.IsLesson), threshold)
            .Where(a => !pitfalls.Any(p => p.Score >= a.Score && _content.Settings.Opposite(p.Id) == a.Id))
            .Select(a => new DetectedLesson(a.Id, a.Score, a.Evidence)).ToArray();
        if (_learned is not null)
        {
            pitfalls = [.. pitfalls.Concat(_learned.Add(text, Features(prepared), [.. pitfalls.Select(p => p.Id)], [.. lessons.Select(l => l.Id)], Shape(prepared), _content.Settings))
                .OrderByDescending(p => p.Score).ThenBy(p => p.Id, StringComparer.Ordinal)];
        }

        return new AnalysisResult(pitfalls, lessons, language);
    }

    /// <summary>The n-grams a learned model reads, from the same words, language and stems the lexicons see.</summary>
    internal List<TextFeature> Features(string text, string? languageHint = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Features(Prepare(text, languageHint).Prepared);
    }

    // Usually one language reads the text: its n-grams are then used as they are, not copied into a second list.
    private static List<TextFeature> Features(List<(LanguageLexicon Lexicon, PreparedText Words)> prepared)
    {
        if (prepared.Count == 0)
        {
            return [];
        }

        var features = TextFeatures.Extract(prepared[0].Words);
        for (var i = 1; i < prepared.Count; i++)
        {
            features.AddRange(TextFeatures.Extract(prepared[i].Words));
        }

        return features;
    }

    /// <summary>Whether a sentence of the text is framed, and whether the text is an open question, as the lexicons read it.</summary>
    internal TextShape Shape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Shape(Prepare(text, languageHint: null).Prepared);
    }

    private static TextShape Shape(List<(LanguageLexicon Lexicon, PreparedText Words)> prepared) => new(
        prepared.Exists(p => p.Words.HasToldElsewhere || Array.Exists(p.Words.Frames, f => f != SentenceFrame.None)),
        prepared.Count > 0 && prepared.TrueForAll(p => Array.TrueForAll(p.Words.Hedged, h => h)),
        prepared.Count > 0 ? prepared[0].Words.Tokens.Length : 0);

    // The guessed language's lexicon reads the text; when the words do not tell (and no hint does), both do.
    private (string? Language, List<(LanguageLexicon Lexicon, PreparedText Words)> Prepared) Prepare(string text, string? languageHint)
    {
        var raw = TextTokenizer.Tokenize(text.Length > MaxLength ? text[..MaxLength] : text);
        var language = LanguageGuesser.Guess(raw, _content.Lexicons);
        if (raw.Count == 0)
        {
            return (language, []);
        }

        var lexicons = _content.Lexicons.Where(l => l.Language == (language ?? languageHint)).ToList();
        return (language, [.. (lexicons.Count > 0 ? lexicons : _content.Lexicons).Select(l => (l, PreparedText.Create(raw, l, l.NewStemmer())))]);
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
