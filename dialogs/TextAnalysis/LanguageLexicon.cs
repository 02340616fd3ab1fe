using System.Collections.Frozen;
using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>One language's compiled lexicon: function-word sets, the Snowball stemmer to use, and the cues.</summary>
internal sealed class LanguageLexicon
{
    private readonly Func<SnowballProgram> _newStemmer;

    private LanguageLexicon(LexiconDocument document, Func<SnowballProgram> newStemmer)
    {
        Language = document.Language;
        _newStemmer = newStemmer;
        Stopwords = Fold(document.Stopwords);
        Negators = Fold(document.Negators);
        ContrastMarkers = Fold(document.ContrastMarkers);
        ContrastNotAfter = Fold(document.ContrastNotAfter ?? []);
        ClauseBreaks = Fold(document.ClauseBreaks);
        ScopeBlockers = Fold(document.ScopeBlockers);
        QuestionStarts = Fold(document.QuestionStarts);
        NumberWords = Fold(document.NumberWords);
        HypotheticalStarts = Fold(document.HypotheticalStarts);
        HypotheticalMarkers = Fold(document.HypotheticalMarkers);
        HypotheticalPhrases = Phrases(document.HypotheticalPhrases);
        OutcomePhrases = Phrases(document.OutcomePhrases);
        RejectionClosings = Phrases(document.RejectionClosings);
        ProposalWords = Fold(document.ProposalWords);
        RejectedPhrases = Phrases(document.RejectedPhrases);
        PhraseStarts = HypotheticalPhrases.Concat(Phrases(document.ElsewhereClosings)).Concat(OutcomePhrases).Concat(RejectionClosings).Concat(RejectedPhrases)
            .Select(phrase => phrase[0]).ToFrozenSet(StringComparer.Ordinal);
        ElsewhereStarts = Phrases(document.ElsewhereStarts);
        TimeGates = Phrases(document.TimeGates);
        InOrderWords = Fold(document.InOrderWords);
        RhetoricalBefore = Phrases(document.RhetoricalBefore);
        ElsewherePlaces = Phrases(document.ElsewherePlaces);
        ElsewherePlaceStarts = ElsewherePlaces.Select(phrase => phrase[0]).ToFrozenSet(StringComparer.Ordinal);
        ElsewhereNotAfter = Fold(document.ElsewhereNotAfter);
        OurWords = Fold(document.OurWords);
        ElsewhereClosings = Phrases(document.ElsewhereClosings);
        NegationExceptions = (document.NegationExceptions ?? [])
            .Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextTokenizer.Normalize(w)).ToArray())
            .ToArray();
        var stemmer = newStemmer();
        var cues = (document.Cues ?? []).Select(cue => CuePattern.Compile(cue, word => Stem(stemmer, word))).ToArray();
        Index = new AtomIndex(cues.SelectMany(c => c.Terms).SelectMany(t => t).SelectMany(a => a));
        Cues = cues.Select(cue => cue with
        {
            AtomIds = cue.Terms.Select(t => t.Select(a => a.Select(atom => Index.Ids[atom]).ToArray()).ToArray()).ToArray(),
        }).ToArray();
        CuesByFirstAtom = Enumerable.Range(0, Index.Ids.Count)
            .Select(atom => Enumerable.Range(0, Cues.Count).Where(c => Cues[c].AtomIds[0].Any(alternative => alternative[0] == atom)).ToArray())
            .ToArray();
    }

    public string Language { get; }
    public FrozenSet<string> Stopwords { get; }
    public FrozenSet<string> Negators { get; }
    public FrozenSet<string> ContrastMarkers { get; }

    /// <summary>Words after which a contrast marker is no contrast: "alleen maar" (only), "nothing but".</summary>
    public FrozenSet<string> ContrastNotAfter { get; }
    public FrozenSet<string> ClauseBreaks { get; }
    public FrozenSet<string> ScopeBlockers { get; }
    public FrozenSet<string> QuestionStarts { get; }
    public FrozenSet<string> NumberWords { get; }
    public IReadOnlyList<CuePattern> Cues { get; }

    /// <summary>
    /// For each atom id, the indexes into <see cref="Cues"/> of the cues whose first term can begin with it: a text
    /// then looks only at the cues its own atoms can open, not at every cue of the lexicon.
    /// </summary>
    public int[][] CuesByFirstAtom { get; }

    /// <summary>A sentence that opens with one of these ("als", "if") and holds a marker ("hadden", "had") is hypothetical.</summary>
    public FrozenSet<string> HypotheticalStarts { get; }
    public FrozenSet<string> HypotheticalMarkers { get; }

    /// <summary>First words of <see cref="HypotheticalPhrases"/>, <see cref="ElsewhereClosings"/>, <see cref="OutcomePhrases"/> and <see cref="RejectionClosings"/>, to skip most tokens at once.</summary>
    public FrozenSet<string> PhraseStarts { get; }

    /// <summary>Phrases anywhere in a sentence that make it a hypothesis: "wat als", "what if", "would have been a mistake".</summary>
    public IReadOnlyList<string[]> HypotheticalPhrases { get; }

    /// <summary>How a change turned out for the people it served, told in the past: "merkten niets", "noticed no difference".</summary>
    public IReadOnlyList<string[]> OutcomePhrases { get; }

    /// <summary>Openings that put what follows elsewhere ("anders dan bij", "unlike"): a pitfall there is someone else's.</summary>
    public IReadOnlyList<string[]> ElsewhereStarts { get; }

    /// <summary>
    /// Places that are not ours ("een andere provincie", "the neighbouring region"): what follows them in the sentence is
    /// someone else's story, up to a word of <see cref="OurWords"/>, unless one of <see cref="ElsewhereNotAfter"/> comes
    /// just before ("net als in de buurregio": like there, so here too).
    /// </summary>
    public IReadOnlyList<string[]> ElsewherePlaces { get; }

    /// <summary>First words of <see cref="ElsewherePlaces"/>, so that most tokens are rejected by one lookup.</summary>
    public FrozenSet<string> ElsewherePlaceStarts { get; }
    public FrozenSet<string> ElsewhereNotAfter { get; }

    /// <summary>Words that bring a story back to the speaker's own partnership ("wij", "ons", "our").</summary>
    public FrozenSet<string> OurWords { get; }

    /// <summary>
    /// Short closing sentences that set the story before them apart ("Dat hebben wij anders aangepakt.", "Not our
    /// situation, thankfully."): an earlier sentence without a word of <see cref="OurWords"/> is someone else's.
    /// </summary>
    public IReadOnlyList<string[]> ElsewhereClosings { get; }

    /// <summary>
    /// Short closing sentences that turn down what the sentence before proposed ("Laten we dat dus niet doen.", "Let's not
    /// do that."): that sentence is a course someone warns against, a hypothesis, not what happens.
    /// </summary>
    public IReadOnlyList<string[]> RejectionClosings { get; }

    /// <summary>Words for a proposal ("voorstel", "amendement", "motion"); with <see cref="RejectedPhrases"/> in the same sentence it was turned down.</summary>
    public FrozenSet<string> ProposalWords { get; }

    /// <summary>How a proposal is turned down: "verworpen", "van tafel geveegd", "voted down", "withdrawn".</summary>
    public IReadOnlyList<string[]> RejectedPhrases { get; }

    /// <summary>Openings that order in time ("pas nu", "only once"): savings then come after operations are in order.</summary>
    public IReadOnlyList<string[]> TimeGates { get; }
    public FrozenSet<string> InOrderWords { get; }

    /// <summary>
    /// A negation shortly after one of these ("niet in waarom … niet", "don't see why … not") asks for the thing rather
    /// than denying it: "ik zie niet in waarom we niet direct met een lagere bijdrage beginnen" wants it now.
    /// </summary>
    public IReadOnlyList<string[]> RhetoricalBefore { get; }
    public AtomIndex Index { get; }

    /// <summary>Phrases that start with a negation word but negate nothing ("niet meer dan", "not only").</summary>
    public IReadOnlyList<string[]> NegationExceptions { get; }

    /// <summary>Whether one of <paramref name="phrases"/> starts at <paramref name="index"/>.</summary>
    public static bool AnyStartsAt(List<RawToken> tokens, int index, IReadOnlyList<string[]> phrases)
    {
        // A loop, not Any(): this runs for sentences and stretches of every text analysed.
        for (var p = 0; p < phrases.Count; p++)
        {
            if (StartsAt(tokens, index, phrases[p]))
            {
                return true;
            }
        }

        return false;
    }

    public bool IsNegatorAt(List<RawToken> tokens, int index)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        return Negators.Contains(tokens[index].Norm) && !NegationExceptions.Any(phrase => StartsAt(tokens, index, phrase)) && !IsRhetorical(tokens, index);
    }

    private const int RhetoricalReach = 6;

    // Only in a statement ("ik zie niet in waarom we niet …"): "Waarom we geen besparing inboekten? Omdat …" asks and
    // answers, and its negation stands.
    private bool IsRhetorical(List<RawToken> tokens, int index)
    {
        var end = index;
        while (end + 1 < tokens.Count && tokens[end + 1].Break != TokenBreak.Clause)
        {
            end++;
        }

        if (tokens[end].EndsQuestion)
        {
            return false;
        }

        for (var p = index - 1; p >= 0 && index - p <= RhetoricalReach; p--)
        {
            // Only within the same stretch of words: a comma or a full stop in between ends the question.
            if (tokens[p + 1].Break != TokenBreak.None)
            {
                return false;
            }

            if (RhetoricalBefore.Any(phrase => p - phrase.Length + 1 >= 0 && StartsAt(tokens, p - phrase.Length + 1, phrase)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="phrase"/> starts at <paramref name="index"/>.</summary>
    public static bool StartsAt(List<RawToken> tokens, int index, string[] phrase)
    {
        if (index + phrase.Length > tokens.Count)
        {
            return false;
        }

        for (var k = 0; k < phrase.Length; k++)
        {
            if (!string.Equals(tokens[index + k].Norm, phrase[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    public static LanguageLexicon Create(LexiconDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        Func<SnowballProgram> factory = document.Language switch
        {
            "nl" => () => new DutchStemmer(),
            "en" => () => new EnglishStemmer(),
            _ => throw new FormatException($"No stemmer for language '{document.Language}'."),
        };
        return new LanguageLexicon(document, factory);
    }

    /// <summary>A fresh stemmer: Snowball programs keep state, so each analysis takes its own.</summary>
    public SnowballProgram NewStemmer() => _newStemmer();

    public static string Stem(SnowballProgram stemmer, string word)
    {
        ArgumentNullException.ThrowIfNull(stemmer);
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }

    private static string[][] Phrases(IReadOnlyList<string>? phrases) =>
        [.. (phrases ?? []).Select(phrase => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => TextTokenizer.Normalize(w)).ToArray())];

    private static FrozenSet<string> Fold(IReadOnlyList<string>? words) =>
        (words ?? []).Select(w => TextTokenizer.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);
}
