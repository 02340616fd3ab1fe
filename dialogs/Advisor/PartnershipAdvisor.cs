using System.Globalization;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// Answers a question or a described situation from the lessons' passages: the passages are retrieved with
/// BM25 from an in-memory Lucene index, the text analyzer's reading of the same words adds weight to the lesson
/// of any pitfall it recognises, and the best lesson's passages make up the answer. Pure and thread-safe: it
/// reads nothing after construction and keeps nothing of what it was asked.
/// </summary>
public sealed class PartnershipAdvisor
{
    private readonly ContentCatalog _catalog;
    private readonly AdvisorContent _content;
    private readonly PassageIndex _index;
    private readonly PitfallTextAnalyzer _analyzer;
    private readonly Dictionary<Language, HashSet<string>> _vocabulary;
    private readonly Dictionary<Language, HashSet<string>> _filler;

    private PartnershipAdvisor(ContentCatalog catalog, AdvisorContent content, PitfallTextAnalyzer analyzer)
    {
        _catalog = catalog;
        _content = content;
        _analyzer = analyzer;
        _index = new PassageIndex(content);
        // The words that make a message "about partnerships": every lesson keyword and domain word, stemmed.
        _vocabulary = Enum.GetValues<Language>().ToDictionary(
            l => l,
            l => content.Words[l].Keywords.Values.SelectMany(w => w).Concat(content.Words[l].Domain)
                .SelectMany(w => _index.Terms(w, l)).ToHashSet(StringComparer.Ordinal));
        _filler = Enum.GetValues<Language>().ToDictionary(
            l => l,
            l => content.Words[l].Filler.SelectMany(w => _index.Terms(w, l)).ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>Loads and validates the advisor's content and builds its index; throws <see cref="ContentValidationException"/> on bad content.</summary>
    public static PartnershipAdvisor Create(ContentCatalog catalog, PitfallTextAnalyzer analyzer)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        ArgumentNullException.ThrowIfNull(analyzer);
        return new PartnershipAdvisor(catalog, AdvisorContent.LoadEmbedded(catalog), analyzer);
    }

    internal static PartnershipAdvisor Create(ContentCatalog catalog, AdvisorContent content, PitfallTextAnalyzer analyzer) =>
        new(catalog, content, analyzer);

    /// <summary>
    /// An <see cref="AdviceOutput"/>, an <see cref="AdvisorRedirectOutput"/>, or null when the text is neither a
    /// question nor a situation the advisor should take (small talk, or a description the analyzer reads better).
    /// </summary>
    /// <param name="text">What the user typed.</param>
    /// <param name="language">The conversation's language, used when the words do not tell.</param>
    /// <param name="knownRole">The role of the user's last check, if any; a role named in the text wins.</param>
    public BotOutput? Advise(string text, Language language, Role? knownRole)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length > _content.Settings.MaxInputLength)
        {
            text = text[.._content.Settings.MaxInputLength];
        }

        var reading = _analyzer.Analyze(text, language == Language.En ? "en" : "nl");
        var answerLanguage = reading.Language switch { "nl" => Language.Nl, "en" => Language.En, _ => language };
        var intent = IntentReader.Read(text, answerLanguage, _content);
        if (intent.Abusive || intent.Instructions || intent.PersonalData)
        {
            return Redirect(intent.Abusive ? AdvisorRedirectReason.Abuse : intent.Instructions ? AdvisorRedirectReason.Instructions : AdvisorRedirectReason.PersonalData, answerLanguage);
        }

        // Filler ("wat raad je me aan") says that something is asked, not what about: it is not searched for.
        var terms = _index.Terms(text, answerLanguage).Where(t => !_filler[answerLanguage].Contains(t)).ToList();
        var onTopic = reading.Pitfalls.Count > 0 || reading.Lessons.Count > 0 || terms.Any(_vocabulary[answerLanguage].Contains);
        if (!intent.Asks)
        {
            // A description the lexicon recognises gets today's situation reading; small talk is not ours.
            if (reading.Pitfalls.Count > 0 || !onTopic || intent.WordCount < 5)
            {
                return null;
            }
        }
        else if (!onTopic)
        {
            return Redirect(AdvisorRedirectReason.OffTopic, answerLanguage);
        }

        var hits = _index.Search(terms, answerLanguage, _content.Settings.Candidates);
        var ranked = RankLessons(hits, reading);
        if (ranked.Count == 0)
        {
            return Redirect(AdvisorRedirectReason.Vague, answerLanguage);
        }

        var role = IntentReader.SelfNamedRole(text, answerLanguage, _content) ?? knownRole;
        return Compose(text, answerLanguage, role, ranked, hits, reading);
    }

    // A lesson's score: its three best passages (BM25), plus the analyzer's findings for it, scaled to the best hit.
    private List<(string LessonId, double Score)> RankLessons(IReadOnlyList<PassageHit> hits, AnalysisResult reading)
    {
        var best = hits.Count > 0 ? hits[0].Score : 1.0;
        var boost = _content.Settings.AnalyzerBoost * best;
        var scores = hits.GroupBy(h => h.Passage.LessonId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(h => h.Score).Take(3).Sum(h => h.Score), StringComparer.Ordinal);
        var bank = _catalog.Current;
        foreach (var pitfall in reading.Pitfalls.Where(p => bank.Pitfalls.Any(d => d.Id == p.Id)))
        {
            var lesson = bank.Pitfall(pitfall.Id).LessonId;
            scores[lesson] = scores.GetValueOrDefault(lesson) + (boost * pitfall.Score);
        }

        foreach (var lesson in reading.Lessons.Where(l => bank.Lessons.Any(d => d.Id == l.Id)))
        {
            scores[lesson.Id] = scores.GetValueOrDefault(lesson.Id) + (boost * lesson.Score);
        }

        return [.. scores.Where(s => s.Value > 0).OrderByDescending(s => s.Value).ThenBy(s => s.Key, StringComparer.Ordinal).Select(s => (s.Key, s.Value))];
    }

    private AdviceOutput Compose(string text, Language language, Role? role, List<(string LessonId, double Score)> ranked, IReadOnlyList<PassageHit> hits, AnalysisResult reading)
    {
        var bank = _catalog.Current;
        var lesson = bank.Lesson(ranked[0].LessonId);
        var pitfall = bank.Pitfalls.First(p => p.LessonId == lesson.Id);
        // Retrieved passages first, in rank order; then the lesson's own passages in content order, so every part has text.
        var ordered = hits.Select(h => h.Passage).Where(p => p.LessonId == lesson.Id)
            .Concat(_content.Passages.Where(p => p.LessonId == lesson.Id)).Distinct().ToList();
        var todo = ordered.Where(p => p.Kind == PassageKind.Do).Take(2).ToList();
        var why = ordered.First(p => p.Kind == PassageKind.Why);
        var steps = role is { } known
            ? [ordered.First(p => p.Kind == PassageKind.Step && p.Role == known)]
            : new[] { Role.Owner, Role.Client, Role.Contractor }.Select(r => ordered.First(p => p.Kind == PassageKind.Step && p.Role == r)).ToList();
        var used = todo.Append(why).Concat(steps).Select(p => p.Id).ToList();
        var recognised = reading.Pitfalls.Where(p => bank.Pitfalls.Any(d => d.Id == p.Id))
            .Select(p => new AdviceRecognition(p.Id, bank.Pitfall(p.Id).Title[language], p.Evidence)).ToList();
        var also = ranked.Count > 1 && ranked[1].Score >= _content.Settings.AlsoShare * ranked[0].Score
            ? Format(language, "also", bank.Lesson(ranked[1].LessonId).Title[language])
            : null;
        var sources = used.Select(id => _content.Passages.First(p => p.Id == id))
            .Concat(hits.Select(h => h.Passage)).Distinct().Take(8)
            .Select(p => new AdviceSource(p.Id, p.LessonId, p.Text[language])).ToList();
        return new AdviceOutput(
            language,
            _content.Text("title", language),
            _content.Text("recognised", language),
            recognised,
            _content.Text("whatToDo", language),
            [.. todo.Select(p => p.Text[language])],
            _content.Text("why", language),
            why.Text[language],
            role is { } r ? Format(language, "firstStepFor", RoleLabel(r, language)) : _content.Text("firstSteps", language),
            [.. steps.Select(p => new AdviceStep(role is null ? Capitalise(RoleLabel(p.Role!.Value, language)) : null, p.Text[language], p.Id))],
            Basis(language, lesson.Id, used),
            also,
            _content.Text("closing", language),
            [new SuggestedAction(_catalog.Message("action.quickCheck", language), CardActions.QuickCheck)])
        {
            Grounding = new AdviceGrounding(text, lesson.Id, lesson.Title[language], pitfall.Id, pitfall.Title[language], role, sources, used),
        };
    }

    /// <summary>
    /// The small-print line of an answer, in words a reader knows: the lesson and its pitfall, and any other lesson a
    /// cited passage belongs to. Passage ids are for the language model and the grounding, never shown.
    /// </summary>
    public string Basis(Language language, string lessonId, IEnumerable<string> passageIds)
    {
        ArgumentNullException.ThrowIfNull(passageIds);
        var bank = _catalog.Current;
        var pitfall = bank.Pitfalls.First(p => p.LessonId == lessonId);
        var basis = Format(language, "basis", bank.Lesson(lessonId).Title[language], pitfall.Title[language]);
        var others = passageIds
            .Select(id => _content.Passages.FirstOrDefault(p => p.Id == id)?.LessonId)
            .OfType<string>()
            .Where(id => id != lessonId && bank.Lessons.Any(l => l.Id == id))
            .Distinct(StringComparer.Ordinal)
            .Select(id => Format(language, "basis.more", bank.Lesson(id).Title[language]));
        return string.Join(" ", [basis, .. others]);
    }

    /// <summary>A pitfall's title, or null for an id the bank does not know.</summary>
    public string? PitfallTitle(string pitfallId, Language language) =>
        _catalog.Current.Pitfalls.FirstOrDefault(p => p.Id == pitfallId)?.Title[language];

    /// <summary>The lesson that protects against <paramref name="pitfallId"/>, or null for an unknown id.</summary>
    public string? LessonAgainst(string pitfallId) => _catalog.Current.Pitfalls.FirstOrDefault(p => p.Id == pitfallId)?.LessonId;

    /// <summary>A text of advisor.json by key (validated at load), for the host's own lines such as the privacy note.</summary>
    public string Message(string key, Language language) => _content.Text(key, language);

    private AdvisorRedirectOutput Redirect(AdvisorRedirectReason reason, Language language)
    {
        var key = reason switch
        {
            AdvisorRedirectReason.Abuse => "redirect.abuse",
            AdvisorRedirectReason.Vague => "redirect.vague",
            AdvisorRedirectReason.PersonalData => "redirect.personal",
            _ => "redirect.offTopic",
        };
        return new AdvisorRedirectOutput(
            language,
            reason,
            _content.Text("redirect.title", language),
            _content.Text(key, language),
            [
                new SuggestedAction(_catalog.Message("action.quickCheck", language), CardActions.QuickCheck),
                new SuggestedAction(_catalog.Message("action.help", language), CardActions.Help),
            ]);
    }

    private string RoleLabel(Role role, Language language) => _content.Text("role." + role.ToString().ToLowerInvariant(), language);

    private string Format(Language language, string key, params object[] args) =>
        string.Format(CultureInfo.InvariantCulture, _content.Text(key, language), args);

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
