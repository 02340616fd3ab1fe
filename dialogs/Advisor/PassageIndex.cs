using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// The passages in an in-memory Lucene index, built once at start-up: per language the passage text and, as a
/// weaker field, its lesson's keywords (document expansion, so a question in other words than the passage still
/// finds it). Ranked with BM25. Searching is thread-safe and reads no file: the index lives in memory.
/// </summary>
internal sealed class PassageIndex
{
    private const string IdField = "id";

    private readonly IndexSearcher _searcher;
    private readonly Dictionary<string, AdvicePassage> _passages;
    private readonly Dictionary<Language, Analyzer> _analyzers;
    private readonly double _keywordBoost;

    public PassageIndex(AdvisorContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        _passages = content.Passages.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _analyzers = Enum.GetValues<Language>().ToDictionary(
            l => l,
            l => LanguageAnalyzers.For(l, content.Words[l].Keywords.Values.SelectMany(w => w).Concat(content.Words[l].Domain).Distinct(StringComparer.Ordinal)));
        _keywordBoost = content.Settings.KeywordBoost;
        var fieldAnalyzers = Enum.GetValues<Language>()
            .SelectMany(l => new[] { (TextField(l), _analyzers[l]), (KeywordField(l), _analyzers[l]) })
            .ToDictionary(f => f.Item1, f => f.Item2);
        var directory = new RAMDirectory();
        var config = new IndexWriterConfig(LuceneVersion.LUCENE_48, new PerFieldAnalyzerWrapper(_analyzers[Language.Nl], fieldAnalyzers))
        {
            Similarity = new BM25Similarity(),
        };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var passage in content.Passages)
            {
                var document = new Document { new StringField(IdField, passage.Id, Field.Store.YES) };
                foreach (var language in Enum.GetValues<Language>())
                {
                    document.Add(new TextField(TextField(language), passage.Text[language], Field.Store.NO));
                    document.Add(new TextField(KeywordField(language), string.Join(' ', content.Words[language].Keywords[passage.LessonId]), Field.Store.NO));
                }

                writer.AddDocument(document);
            }

            writer.Commit();
        }

        _searcher = new IndexSearcher(DirectoryReader.Open(directory)) { Similarity = new BM25Similarity() };
    }

    /// <summary>The analyzed terms (stems, stop words removed) of <paramref name="text"/> in <paramref name="language"/>.</summary>
    public IReadOnlyList<string> Terms(string text, Language language)
    {
        var terms = new List<string>();
        using var stream = _analyzers[language].GetTokenStream(TextField(language), text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    /// <summary>The best <paramref name="count"/> passages for the question's terms, best first.</summary>
    public IReadOnlyList<PassageHit> Search(IReadOnlyList<string> terms, Language language, int count)
    {
        if (terms.Count == 0)
        {
            return [];
        }

        // Built from analyzed terms, not parsed: nothing the user types can be query syntax.
        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal).Take(BooleanQuery.MaxClauseCount / 2))
        {
            query.Add(new TermQuery(new Term(TextField(language), term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(KeywordField(language), term)) { Boost = (float)_keywordBoost }, Occur.SHOULD);
        }

        var top = _searcher.Search(query, count);
        return [.. top.ScoreDocs.Select(hit => new PassageHit(_passages[_searcher.Doc(hit.Doc).Get(IdField)], hit.Score))];
    }

    private static string TextField(Language language) => language == Language.Nl ? "text_nl" : "text_en";

    private static string KeywordField(Language language) => language == Language.Nl ? "keywords_nl" : "keywords_en";
}
