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
        ClauseBreaks = Fold(document.ClauseBreaks);
        ScopeBlockers = Fold(document.ScopeBlockers);
        QuestionStarts = Fold(document.QuestionStarts);
        NumberWords = Fold(document.NumberWords);
        var stemmer = newStemmer();
        Cues = document.Cues.Select(cue => CuePattern.Compile(cue, word => Stem(stemmer, word))).ToArray();
    }

    public string Language { get; }
    public FrozenSet<string> Stopwords { get; }
    public FrozenSet<string> Negators { get; }
    public FrozenSet<string> ContrastMarkers { get; }
    public FrozenSet<string> ClauseBreaks { get; }
    public FrozenSet<string> ScopeBlockers { get; }
    public FrozenSet<string> QuestionStarts { get; }
    public FrozenSet<string> NumberWords { get; }
    public IReadOnlyList<CuePattern> Cues { get; }

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

    private static FrozenSet<string> Fold(IReadOnlyList<string>? words) =>
        (words ?? []).Select(w => TextTokenizer.Normalize(w)).ToFrozenSet(StringComparer.Ordinal);
}
