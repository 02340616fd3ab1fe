using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Engine;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>Scores a finished check and builds its localised report plus the history entry to keep.</summary>
internal static class ReportBuilder
{
    public static (CheckReport Report, HistoryEntry Entry) Build(
        ContentCatalog content, ItemBank bank, ActiveCheck check, UserProfile profile,
        Language language, DateTimeOffset now, FreeTextAnalyzer? analyzer)
    {
        var ui = content.Ui;
        var role = CheckAnswers.Role(bank, check.Answers) ?? Role.Advisor;
        var scoredItems = CheckPlan.ScoredItems(bank, check);
        var answered = scoredItems
            .Select(i => (Item: i, Answer: CheckAnswers.Find(check.Answers, i.Id)))
            .Where(p => p.Answer is not null)
            .Select(p => (p.Item, Answer: p.Answer!))
            .ToList();
        var signals = FreeTextSignals(answered, analyzer, language);
        var contradictions = ContradictionFinder.Find(bank, answered);
        var scores = bank.Pitfalls.Select(p => RiskScorer.Score(
                bank, p, answered, RiskScorer.Asked(scoredItems, p), signals,
                RiskScorer.ContextFactor(bank, p, check.Answers),
                contradictions.Where(c => c.PitfallId == p.Id).Sum(c => c.Points)))
            .ToList();
        var stored = scores.Select(s => new PitfallScore(s.Pitfall.Id, s.Risk, s.Level)).ToList();
        var attention = scores.Where(s => s.Level is RiskLevel.Elevated or RiskLevel.High).ToList();
        var healthy = attention.Count == 0 && scores.Any(s => s.Level == RiskLevel.Low)
            ? AdviceSelector.Healthy(content.Advice, scores, language)
            : null;
        var kindLabel = ui.Text(check.Kind == CheckKind.Quick ? "kind.quick" : "kind.full", language);
        var report = new CheckReport(
            check.CheckId, language, role, RoleLabel(ui, role, language), check.Kind, bank.Version, now,
            ui.Format("results.title", language, ("kind", kindLabel)),
            ContextLines(bank, check, language),
            [.. scores.Select(s => Present(ui, bank, s, contradictions, language))],
            [.. contradictions.Select(c => new ContradictionView(c.Id, c.PitfallId, c.Text[language], [.. c.When.Select(w => w.ItemId)], c.Points))],
            Summary(ui, scores, attention, contradictions.Count, language),
            AdviceSelector.Select(content.Advice, bank, scores, role, language, GivenValues(answered)),
            healthy,
            HistoryComparer.SinceLast(ui, bank, profile, check.Kind, role, stored, language),
            answered.Count(a => a.Answer.Text is not null || (a.Answer.Value is not null && !IsDontKnow(a.Item, a.Answer.Value))),
            answered.Count(a => a.Answer.Value is null && a.Answer.Text is null),
            check.Kind == CheckKind.Quick,
            Actions(ui, check.Kind, language))
        {
            DontKnowCount = answered.Count(a => a.Answer.Text is null && a.Answer.Value is not null && IsDontKnow(a.Item, a.Answer.Value)),
            ComparisonNote = HistoryComparer.NoComparisonNote(ui, profile.History, check.Kind, role, language),
            ScoreExplanation = ui.Format("results.explain", language, ("elevatedFrom", bank.ElevatedFrom), ("highFrom", bank.HighFrom)),
            OpenAnswer = OpenAnswerReading.Read(ui, scoredItems, answered, signals, scores, language),
        };
        return (report, new HistoryEntry(check.CheckId, check.Kind, role, bank.Version, now, stored));
    }

    private static Dictionary<string, string> GivenValues(List<(Item Item, AnswerEntry Answer)> answered) =>
        answered.Where(a => a.Answer.Value is not null).ToDictionary(a => a.Item.Id, a => a.Answer.Value!, StringComparer.Ordinal);

    /// <summary>'Weet ik niet' on a statement: an option without agreement where the others have one (context choices have none).</summary>
    private static bool IsDontKnow(Item item, string value) =>
        item.Scale.Find(value) is { Agreement: null } && item.Scale.Options.Any(o => o.Agreement is not null);

    /// <summary>The report in both languages, as it will be reopened later: without the open answer's words.</summary>
    public static ResultSnapshot Snapshot(
        ContentCatalog content, ItemBank bank, ActiveCheck check, UserProfile profile, DateTimeOffset now, FreeTextAnalyzer? analyzer)
    {
        CheckReport Kept(Language language) =>
            WithoutWords(content.Ui, bank, Build(content, bank, check, profile, language, now, analyzer).Report);
        return new ResultSnapshot(check.CheckId, now, Kept(Language.Nl), Kept(Language.En));
    }

    /// <summary>The report without the open answer's words: its evidence lines say "your explanation", its reading keeps no phrases.</summary>
    internal static CheckReport WithoutWords(UiContent ui, ItemBank bank, CheckReport report)
    {
        var openItems = bank.Items.Where(i => i.Scale.Kind == QuestionKind.FreeText).Select(i => i.Id).ToHashSet(StringComparer.Ordinal);
        var given = ui.Text("answer.freeTextGiven", report.Language);
        EvidenceView Plain(EvidenceView e) => openItems.Contains(e.ItemId) ? e with { AnswerLabel = given } : e;
        return report with
        {
            Pitfalls = [.. report.Pitfalls.Select(p => p with
            {
                RaisedBy = [.. p.RaisedBy.Select(Plain)],
                LoweredBy = [.. p.LoweredBy.Select(Plain)],
                Evidence = [.. p.Evidence.Select(Plain)],
            })],
            OpenAnswer = report.OpenAnswer is { } open
                ? open with { Findings = [.. open.Findings.Select(f => f with { Phrases = [] })] }
                : null,
        };
    }

    public static string RoleLabel(UiContent ui, Role role, Language language) =>
        ui.Text("role." + role.ToString().ToLowerInvariant(), language);

    private static IReadOnlyList<FreeTextSignal> FreeTextSignals(
        IReadOnlyList<(Item Item, AnswerEntry Answer)> answered, FreeTextAnalyzer? analyzer, Language language)
    {
        if (analyzer is null)
        {
            return [];
        }

        return [.. answered
            .Where(a => a.Item.Scale.Kind == QuestionKind.FreeText && !string.IsNullOrWhiteSpace(a.Answer.Text))
            .SelectMany(a => analyzer(a.Answer.Text!, language))];
    }

    private static PitfallResult Present(UiContent ui, ItemBank bank, PitfallComputation score, IReadOnlyList<ContradictionRule> contradictions, Language language)
    {
        EvidenceView View(Contribution c) => new(
            c.Item.Id, c.Item.Short[language],
            c.Answer.Option?.Label[language] ?? string.Join(", ", c.Answer.Phrases.Select(p => $"“{p}”")),
            Math.Round(c.Points, 1, MidpointRounding.AwayFromZero));
        return new PitfallResult(
            score.Pitfall.Id, score.Pitfall.Title[language], score.Pitfall.Description[language],
            score.Risk, score.Level, ui.Text("level." + score.Level.ToString().ToLowerInvariant(), language),
            [.. score.Contributions.Where(c => c.Points > 0).OrderByDescending(c => c.Points).Select(View)],
            [.. score.Contributions.Where(c => c.Points < 0).OrderBy(c => c.Points).Select(View)],
            score.ContradictionPoints, Math.Round(score.ContextFactor, 3))
        {
            // Contradictions are added last in the formula; listed among the answers so the lines explain the whole score.
            Evidence = score.Level == RiskLevel.Unknown ? [] : [.. score.Contributions
                .Where(c => Math.Round(c.Points, 1, MidpointRounding.AwayFromZero) != 0)
                .Select(View)
                .Concat(contradictions.Where(c => c.PitfallId == score.Pitfall.Id)
                    .Select(c => new EvidenceView(c.Id, ui.Text("evidence.contradiction", language), string.Empty, c.Points)))
                .OrderByDescending(e => Math.Abs(e.Contribution))
                .ThenBy(e => e.ItemId, StringComparer.Ordinal)],
            NoScoreReason = score.Level == RiskLevel.Unknown
                ? ui.Format("pitfall.noScore", language, ("answered", score.Answered), ("asked", score.Asked), ("min", bank.MinAnswered))
                : null,
        };
    }

    private static IReadOnlyList<ContextLine> ContextLines(ItemBank bank, ActiveCheck check, Language language) =>
        [.. bank.ContextItems
            .Select(i => (Item: i, Option: CheckAnswers.Option(i, check.Answers)))
            .Where(p => p.Option is not null)
            .Select(p => new ContextLine(p.Item.Short[language], p.Option!.Label[language]))];

    private static string Summary(UiContent ui, List<PitfallComputation> scores, List<PitfallComputation> attention, int contradictions, Language language)
    {
        var parts = new List<string>();
        var unknown = scores.Count(s => s.Level == RiskLevel.Unknown);
        if (attention.Count > 0)
        {
            var titles = string.Join(", ", attention.OrderByDescending(s => s.Risk).Select(s => s.Pitfall.Title[language]));
            parts.Add(ui.Format("summary.risks", language, ("count", attention.Count), ("total", scores.Count), ("titles", titles)));
        }
        else if (unknown < scores.Count)
        {
            parts.Add(ui.Text("summary.healthy", language));
        }

        if (unknown > 0)
        {
            parts.Add(ui.Format("summary.unknown", language, ("count", unknown)));
        }

        if (contradictions > 0)
        {
            parts.Add(ui.Format("summary.contradictions", language, ("count", contradictions)));
        }

        return string.Join(" ", parts);
    }

    private static IReadOnlyList<SuggestedAction> Actions(UiContent ui, CheckKind kind, Language language) =>
        kind == CheckKind.Quick
            ? [new(ui.Text("action.fullCheck", language), CardActions.FullCheck), new(ui.Text("action.followUp", language), CardActions.FollowUp), new(ui.Text("action.history", language), CardActions.History)]
            : [new(ui.Text("action.quickCheck", language), CardActions.QuickCheck), new(ui.Text("action.followUp", language), CardActions.FollowUp), new(ui.Text("action.history", language), CardActions.History)];
}
