using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Nl;
using Lucene.Net.Analysis.Snowball;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Util;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// Lucene's Dutch and English analysis chains (standard tokenizer, lower case, the language's stop words and
/// stemmer), with accents folded first so "één" and "een", "geïnformeerd" and "geinformeerd" meet. Lucene's
/// analyzers are safe to share between threads: each thread reuses its own token stream.
/// </summary>
internal static class LanguageAnalyzers
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static Analyzer For(Language language) => language == Language.Nl ? Dutch() : English();

    private static Analyzer Dutch() => Analyzer.NewAnonymous((_, reader) =>
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        TokenStream stream = new LowerCaseFilter(Version, tokenizer);
        stream = new ASCIIFoldingFilter(stream);
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
