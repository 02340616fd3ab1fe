using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Compound;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Util;
using Lucene.Net.Util;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// Lucene's Dutch and English analysis chains (standard tokenizer, lower case, the language's stop words and
/// stemmer), with accents folded first so "één" and "een", "geïnformeerd" and "geinformeerd" meet. Lucene's
/// analyzers are safe to share between threads: each thread reuses its own token stream.
/// Dutch writes compounds as one word ("bestuursrapportage", "gestandaardiseerd"): the Dutch chain also emits
/// the parts that are words of the advisor's vocabulary, so such a word meets "rapportage" and "standaard".
/// </summary>
internal static class LanguageAnalyzers
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    private const int MinCompound = 8;
    private const int MinPart = 5;
    private const int MaxPart = 15;

    /// <param name="language">The chain's language.</param>
    /// <param name="parts">Words (folded, unstemmed) a Dutch compound may be split into.</param>
    public static Analyzer For(Language language, IEnumerable<string> parts) =>
        language == Language.Nl ? Dutch(new CharArraySet(Version, parts.Where(p => p.Length >= MinPart).ToList(), ignoreCase: true)) : English();

    private static Analyzer Dutch(CharArraySet parts) => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
        stream = new DictionaryCompoundWordTokenFilter(Version, stream, parts, MinCompound, MinPart, MaxPart, onlyLongestMatch: false);
        stream = new StopFilter(Version, stream, DutchAnalyzer.DefaultStopSet);
        stream = new SnowballFilter(stream, new Lucene.Net.Tartarus.Snowball.Ext.DutchStemmer());
        return new TokenStreamComponents(tokenizer, stream);
    });

    private static Analyzer English() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new EnglishPossessiveFilter(Version, tokenizer);
        stream = new LowerCaseFilter(Version, stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(Version, stream, EnglishAnalyzer.DefaultStopSet);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    });
}
