using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.Advisor;

/// <summary>
/// Runs a question set through the conversation engine as a user of that role would meet it (an advisor and the
/// analyzer configured, the role known from an earlier check) and scores what the user is shown first: the
/// lesson an advice card rests on, or the lesson of a situation card's first finding; off-topic lines must get
/// the redirect.
/// </summary>
internal sealed class AdvisorEvaluation
{
    private static readonly JsonSerializerOptions s_json = new() { PropertyNameCaseInsensitive = true };

    private readonly List<(AdvisorQuestion Question, string Got, bool Hit)> _rows = [];

    public IReadOnlyList<(AdvisorQuestion Question, string Got, bool Hit)> Rows => _rows;

    public double OnTopicShare => Share(_rows.Where(r => !r.Question.OffTopic));

    public double OffTopicShare => Share(_rows.Where(r => r.Question.OffTopic));

    public static IReadOnlyList<AdvisorQuestion> Load(string file, [CallerFilePath] string here = "") =>
        [.. File.ReadLines(Path.Combine(Path.GetDirectoryName(here)!, file))
            .Where(line => !string.IsNullOrWhiteSpace(line))
            .Select(line => JsonSerializer.Deserialize<AdvisorQuestion>(line, s_json)!)];

    public static AdvisorEvaluation Run(IReadOnlyList<AdvisorQuestion> questions)
    {
        var engine = new ConversationEngine(TestContent.Catalog, PitfallTextAnalyzer.Default.AsFreeTextAnalyzer(), TestAdvisor.Instance);
        var evaluation = new AdvisorEvaluation();
        foreach (var question in questions)
        {
            var profile = UserProfile.Empty;
            if (Enum.TryParse<Role>(question.Role, ignoreCase: true, out var role))
            {
                profile = profile with { History = [new HistoryEntry("c1", CheckKind.Quick, role, TestContent.Catalog.CurrentBankVersion, DateTimeOffset.UnixEpoch, [])] };
            }

            var locale = question.Lang == "en" ? "en-GB" : "nl-NL";
            var first = engine.Handle(new TurnRequest(DialogState.Empty, profile, new TextInput(question.Question), locale, DateTimeOffset.UnixEpoch)).Outputs.FirstOrDefault();
            var got = first switch
            {
                AdviceOutput advice => advice.Grounding.LessonId,
                SituationOutput situation => "situation:" + situation.Findings[0].LessonId,
                AdvisorRedirectOutput redirect => "redirect:" + redirect.Reason,
                null => "nothing",
                _ => first.GetType().Name,
            };
            var hit = question.OffTopic
                ? got.StartsWith("redirect:", StringComparison.Ordinal)
                : (question.ExpectedLessons ?? []).Contains(got.Replace("situation:", "", StringComparison.Ordinal));
            evaluation._rows.Add((question, got, hit));
        }

        return evaluation;
    }

    public string Report(string title)
    {
        var text = new StringBuilder().Append(title).Append('\n');
        text.Append(CultureInfo.InvariantCulture, $"  on-topic: top answer cites an expected lesson {OnTopicShare:0.000} ({_rows.Count(r => !r.Question.OffTopic && r.Hit)}/{_rows.Count(r => !r.Question.OffTopic)})\n");
        text.Append(CultureInfo.InvariantCulture, $"  off-topic/abusive redirected {OffTopicShare:0.000} ({_rows.Count(r => r.Question.OffTopic && r.Hit)}/{_rows.Count(r => r.Question.OffTopic)})\n");
        foreach (var group in _rows.Where(r => !r.Question.OffTopic).GroupBy(r => (r.Question.Role, r.Question.Lang)).OrderBy(g => g.Key))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {group.Key.Role,-10} {group.Key.Lang}: {group.Count(r => r.Hit)}/{group.Count()}\n");
        }

        foreach (var (question, got, _) in _rows.Where(r => !r.Hit))
        {
            text.Append(CultureInfo.InvariantCulture, $"  miss {question.Id}: expected [{string.Join(',', question.ExpectedLessons ?? [])}]{(question.OffTopic ? " off-topic" : "")} got {got} :: {question.Question}\n");
        }

        return text.ToString();
    }

    private static double Share(IEnumerable<(AdvisorQuestion Question, string Got, bool Hit)> rows)
    {
        var list = rows.ToList();
        return list.Count == 0 ? 1.0 : (double)list.Count(r => r.Hit) / list.Count;
    }
}
