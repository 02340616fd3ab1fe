namespace PartnershipBot.Dialogs.TextAnalysis;

// Shapes of the editable data files under Content/analysis. Consultants change these, not code.

/// <summary>settings.json: thresholds shared by every language and the pitfall → lesson pairs.</summary>
internal sealed record AnalysisSettingsDocument(
    double Threshold,
    double QuestionFactor,
    int NegationReach,
    IReadOnlyDictionary<string, string> Pairs,
    IReadOnlyList<string>? TimeGated = null,
    double? ModelThreshold = null);

/// <summary>lexicon.&lt;lang&gt;.json: the function words and the cues of one language.</summary>
internal sealed record LexiconDocument(
    string Language,
    IReadOnlyList<string> Stopwords,
    IReadOnlyList<string> Negators,
    IReadOnlyList<string> ContrastMarkers,
    IReadOnlyList<string> ClauseBreaks,
    IReadOnlyList<string> ScopeBlockers,
    IReadOnlyList<string> QuestionStarts,
    IReadOnlyList<string> NumberWords,
    IReadOnlyList<CueDocument> Cues,
    IReadOnlyList<string>? NegationExceptions = null,
    IReadOnlyList<string>? ContrastNotAfter = null,
    IReadOnlyList<string>? HypotheticalStarts = null,
    IReadOnlyList<string>? HypotheticalMarkers = null,
    IReadOnlyList<string>? ElsewhereStarts = null,
    IReadOnlyList<string>? TimeGates = null,
    IReadOnlyList<string>? InOrderWords = null,
    IReadOnlyList<string>? RhetoricalBefore = null,
    IReadOnlyList<string>? ElsewherePlaces = null,
    IReadOnlyList<string>? ElsewhereNotAfter = null,
    IReadOnlyList<string>? OurWords = null,
    IReadOnlyList<string>? ElsewhereClosings = null,
    IReadOnlyList<string>? HypotheticalPhrases = null,
    IReadOnlyList<string>? OutcomePhrases = null,
    IReadOnlyList<string>? RejectionClosings = null,
    IReadOnlyList<string>? ProposalWords = null,
    IReadOnlyList<string>? RejectedPhrases = null);

/// <summary>
/// One cue: all <see cref="Terms"/> must occur within <see cref="Window"/> tokens of one clause.
/// A term lists alternatives separated by '|'; an alternative may be a phrase ("year one"), a word
/// (compared after stemming), a pattern with '*' (compared on the unstemmed word) or #num.
/// </summary>
internal sealed record CueDocument(
    string Id,
    string Target,
    double Weight,
    IReadOnlyList<string> Terms,
    int? Window = null,
    bool? Ordered = null,
    bool? Negatable = null);
