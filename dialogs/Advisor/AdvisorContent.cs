using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// The advisor's content (Content/advisor/passages.json and advisor.json), validated against the item bank's
/// lessons and pitfalls. An invalid file throws <see cref="ContentValidationException"/> listing every problem.
/// </summary>
internal sealed partial class AdvisorContent
{
    /// <summary>A passage is read in a chat card: long ones belong in a report, not here.</summary>
    public const int MaxPassageLength = 320;

    private const string Prefix = "PartnershipBot.Dialogs.Content.advisor/";

    private static readonly string[] s_textKeys =
    [
        "title", "recognised", "whatToDo", "why", "firstStepFor", "firstSteps", "basis", "basis.more", "also", "closing",
        "role.owner", "role.client", "role.contractor", "role.advisor", "redirect.title", "redirect.offTopic", "redirect.vague", "redirect.personal", "redirect.abuse", "privacy.model.on", "privacy.model.off", "stream.informative", "stream.rejected",
    ];

    private static readonly JsonSerializerOptions s_json = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private AdvisorContent(
        IReadOnlyList<AdvicePassage> passages,
        AdvisorSettings settings,
        IReadOnlyDictionary<Language, AdvisorWords> words,
        IReadOnlyDictionary<Language, IReadOnlyList<(Role Role, string Phrase)>> roles,
        IReadOnlyDictionary<string, LocalText> texts)
    {
        Passages = passages;
        Settings = settings;
        Words = words;
        Roles = roles;
        Texts = texts;
    }

    public IReadOnlyList<AdvicePassage> Passages { get; }

    public AdvisorSettings Settings { get; }

    public IReadOnlyDictionary<Language, AdvisorWords> Words { get; }

    /// <summary>Role phrases per language, folded, longest first so "board member" wins over "member".</summary>
    public IReadOnlyDictionary<Language, IReadOnlyList<(Role Role, string Phrase)>> Roles { get; }

    public IReadOnlyDictionary<string, LocalText> Texts { get; }

    public string Text(string key, Language language) => Texts[key][language];

    public static AdvisorContent LoadEmbedded(ContentCatalog catalog)
    {
        var assembly = typeof(AdvisorContent).Assembly;
        string Read(string file)
        {
            var wanted = (Prefix + file).Replace('/', '.');
            var name = assembly.GetManifestResourceNames().FirstOrDefault(n => n.Replace('/', '.').Replace('\\', '.') == wanted)
                ?? throw new ContentValidationException([$"embedded content file 'advisor/{file}' is missing"]);
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }

        return Load(catalog, Read("passages.json"), Read("advisor.json"));
    }

    /// <summary>Builds the content from raw JSON; tests use it to show that broken files are refused.</summary>
    internal static AdvisorContent Load(ContentCatalog catalog, string passagesJson, string advisorJson)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        var problems = new List<string>();
        var passageFile = Parse<PassageFileDocument>(passagesJson, "advisor/passages.json", problems);
        var advisorFile = Parse<AdvisorFileDocument>(advisorJson, "advisor/advisor.json", problems);
        var bank = catalog.Current;
        var passages = new List<AdvicePassage>();
        var keywords = new Dictionary<Language, Dictionary<string, IReadOnlyList<string>>> { [Language.Nl] = [], [Language.En] = [] };
        foreach (var lesson in passageFile?.Lessons ?? [])
        {
            var pitfall = bank.Pitfalls.FirstOrDefault(p => p.LessonId == lesson.Lesson);
            if (pitfall is null)
            {
                problems.Add($"advisor/passages.json: lesson '{lesson.Lesson}' is not a lesson of the current bank");
                continue;
            }

            foreach (var language in Enum.GetValues<Language>())
            {
                var given = lesson.Keywords?.GetValueOrDefault(Code(language));
                if (string.IsNullOrWhiteSpace(given))
                {
                    problems.Add($"advisor/passages.json: lesson '{lesson.Lesson}' has no {Code(language)} keywords");
                }

                keywords[language][pitfall.LessonId] = Fold(given ?? "");
            }

            var own = (lesson.Passages ?? []).Select(p => BuildPassage(p, pitfall, problems)).OfType<AdvicePassage>().ToList();
            CheckCoverage(pitfall.LessonId, own, problems);
            passages.AddRange(own);
        }

        foreach (var lesson in bank.Lessons.Where(l => passages.All(p => p.LessonId != l.Id)))
        {
            problems.Add($"advisor/passages.json: lesson '{lesson.Id}' has no passages");
        }

        foreach (var duplicate in passages.GroupBy(p => p.Id, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            problems.Add($"advisor/passages.json: passage id '{duplicate.Key}' is used more than once");
        }

        var settings = BuildSettings(advisorFile?.Settings ?? new AdvisorSettingsDocument(), problems);
        var words = new Dictionary<Language, AdvisorWords>();
        var roles = new Dictionary<Language, IReadOnlyList<(Role, string)>>();
        foreach (var language in Enum.GetValues<Language>())
        {
            var document = advisorFile?.Words?.GetValueOrDefault(Code(language));
            if (document?.Question is not { Count: > 0 } || document.Abuse is not { Count: > 0 } || document.Domain is not { Count: > 0 } || document.Request is not { Count: > 0 })
            {
                problems.Add($"advisor/advisor.json: words.{Code(language)} needs non-empty question, request, abuse and domain lists");
            }

            words[language] = new AdvisorWords(
                FoldSet(document?.Question), FoldSet(document?.Request), FoldSet(document?.Abuse),
                [.. (document?.Domain ?? []).SelectMany(Fold)], keywords[language])
            {
                InsultIfAddressed = FoldSet(document?.InsultIfAddressed),
                Addressed = FoldSet(document?.Addressed),
                Filler = [.. (document?.Filler ?? []).SelectMany(Fold)],
                PersonalData = [.. (document?.PersonalData ?? []).Select(TextNormalizer.Normalize).Where(p => p.Length > 0)],
                Injection = [.. (document?.Injection ?? []).Select(p => p.Trim().ToLowerInvariant()).Where(p => p.Length > 0)],
            };
            roles[language] = BuildRoles(advisorFile?.Roles, language, problems);
        }

        var texts = BuildTexts(advisorFile?.Texts, problems);
        if (problems.Count > 0)
        {
            throw new ContentValidationException(problems);
        }

        return new AdvisorContent(passages, settings, words, roles, texts);
    }

    private static AdvicePassage? BuildPassage(PassageDocument document, PitfallDefinition pitfall, List<string> problems)
    {
        var at = $"advisor/passages.json: passage '{document.Id}'";
        if (document.Id is null || !IdPattern().IsMatch(document.Id))
        {
            problems.Add($"{at}: the id must be lower case letters, digits, dots and dashes");
            return null;
        }

        if (!Enum.TryParse<PassageKind>(document.Kind, ignoreCase: true, out var kind) || !Enum.IsDefined(kind))
        {
            problems.Add($"{at}: kind must be do, why, sign or step");
            return null;
        }

        Role? role = null;
        if (kind == PassageKind.Step)
        {
            if (!Enum.TryParse<Role>(document.Role, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
            {
                problems.Add($"{at}: a step needs a role (owner, client, contractor or advisor)");
                return null;
            }

            role = parsed;
        }
        else if (document.Role is not null)
        {
            problems.Add($"{at}: only a step has a role");
        }

        foreach (var (code, text) in new[] { ("nl", document.Nl), ("en", document.En) })
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                problems.Add($"{at}: the {code} text is missing");
            }
            else if (text.Length > MaxPassageLength)
            {
                problems.Add($"{at}: the {code} text is longer than {MaxPassageLength} characters");
            }
        }

        return new AdvicePassage(document.Id, pitfall.LessonId, pitfall.Id, kind, role, new LocalText(document.Nl?.Trim() ?? "", document.En?.Trim() ?? ""));
    }

    // Every answer needs something to say on each of its parts, for every role.
    private static void CheckCoverage(string lessonId, List<AdvicePassage> passages, List<string> problems)
    {
        foreach (var (kind, least) in new[] { (PassageKind.Do, 2), (PassageKind.Why, 2), (PassageKind.Sign, 1) })
        {
            if (passages.Count(p => p.Kind == kind) < least)
            {
                problems.Add($"advisor/passages.json: lesson '{lessonId}' needs at least {least} '{kind.ToString().ToLowerInvariant()}' passages");
            }
        }

        foreach (var role in Enum.GetValues<Role>().Where(r => passages.All(p => p.Role != r)))
        {
            problems.Add($"advisor/passages.json: lesson '{lessonId}' has no step for role '{role.ToString().ToLowerInvariant()}'");
        }
    }

    private static AdvisorSettings BuildSettings(AdvisorSettingsDocument document, List<string> problems)
    {
        if (document.Candidates is < 3 or > 50)
        {
            problems.Add("advisor/advisor.json: settings.candidates must be 3-50");
        }

        if (document.KeywordBoost is < 0 or > 2 || document.AnalyzerBoost is < 0 or > 2 || document.AlsoShare is <= 0 or > 1)
        {
            problems.Add("advisor/advisor.json: keywordBoost and analyzerBoost must be 0-2, alsoShare in (0, 1]");
        }

        if (document.MaxInputLength is < 100 or > 10000)
        {
            problems.Add("advisor/advisor.json: settings.maxInputLength must be 100-10000");
        }

        return new AdvisorSettings(document.Candidates, document.KeywordBoost, document.AnalyzerBoost, document.AlsoShare, document.MaxInputLength);
    }

    private static List<(Role, string)> BuildRoles(Dictionary<string, Dictionary<string, List<string>>>? roles, Language language, List<string> problems)
    {
        var list = new List<(Role, string)>();
        foreach (var role in Enum.GetValues<Role>())
        {
            var key = role.ToString().ToLowerInvariant();
            var phrases = roles?.GetValueOrDefault(key)?.GetValueOrDefault(Code(language));
            if (phrases is not { Count: > 0 })
            {
                problems.Add($"advisor/advisor.json: roles.{key}.{Code(language)} is missing");
                continue;
            }

            list.AddRange(phrases.Select(p => (role, TextNormalizer.Normalize(p))));
        }

        return [.. list.OrderByDescending(r => r.Item2.Length)];
    }

    private static Dictionary<string, LocalText> BuildTexts(Dictionary<string, Dictionary<string, string>>? texts, List<string> problems)
    {
        var result = new Dictionary<string, LocalText>(StringComparer.Ordinal);
        foreach (var key in s_textKeys)
        {
            var text = texts?.GetValueOrDefault(key);
            var nl = text?.GetValueOrDefault("nl");
            var en = text?.GetValueOrDefault("en");
            if (string.IsNullOrWhiteSpace(nl) || string.IsNullOrWhiteSpace(en))
            {
                problems.Add($"advisor/advisor.json: texts.{key} needs nl and en");
            }

            result[key] = new LocalText(nl ?? "", en ?? "");
        }

        return result;
    }

    private static T? Parse<T>(string json, string name, List<string> problems)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(json, s_json) ?? Missing<T>(name, problems);
        }
        catch (JsonException exception)
        {
            problems.Add($"{name}: not valid JSON ({exception.Message})");
            return null;
        }
    }

    private static T? Missing<T>(string name, List<string> problems)
        where T : class
    {
        problems.Add($"{name}: the file is empty");
        return null;
    }

    private static string Code(Language language) => language == Language.Nl ? "nl" : "en";

    private static string[] Fold(string words) => TextNormalizer.Normalize(words).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> FoldSet(List<string>? words) => [.. (words ?? []).SelectMany(Fold)];

    [GeneratedRegex("^[a-z0-9][a-z0-9.-]*$")]
    private static partial Regex IdPattern();
}
