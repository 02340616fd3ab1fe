using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>
/// The open question's reading for the results: which pitfalls the analyzer recognised, how strongly, and what
/// that added to each score. Only the analyzer's findings leave this class, never the answer itself.
/// </summary>
internal static class OpenAnswerReading
{
    // Analyzer scores run 0–1; from here a finding reads as a clear signal rather than a weak one.
    private const double ClearFrom = 0.5;

    public static OpenAnswerView? Read(
        UiContent ui, IReadOnlyList<Item> scoredItems, IReadOnlyList<(Item Item, AnswerEntry Answer)> answered,
        IReadOnlyList<FreeTextSignal> signals, IReadOnlyList<PitfallComputation> scores, Language language)
    {
        if (scoredItems.FirstOrDefault(i => i.Scale.Kind == QuestionKind.FreeText) is not { } item)
        {
            return null;
        }

        var title = ui.Text("openAnswer.title", language);
        var given = answered.Any(a => a.Item.Id == item.Id && !string.IsNullOrWhiteSpace(a.Answer.Text));
        if (!given)
        {
            return new OpenAnswerView(title, ui.Text("openAnswer.skipped", language), []);
        }

        var findings = scores
            .Select(s => (Score: s, Signal: signals.FirstOrDefault(f => f.PitfallId == s.Pitfall.Id && f.Score > 0)))
            .Where(p => p.Signal is not null && item.Pitfalls.ContainsKey(p.Score.Pitfall.Id))
            .OrderByDescending(p => p.Signal!.Score)
            .Select(p => new OpenAnswerFinding(
                p.Score.Pitfall.Id,
                p.Score.Pitfall.Title[language],
                ui.Text(p.Signal!.Score >= ClearFrom ? "openAnswer.strong" : "openAnswer.weak", language),
                Math.Round(p.Score.Contributions.Where(c => c.Item.Id == item.Id).Sum(c => c.Points), 1, MidpointRounding.AwayFromZero),
                p.Signal.Phrases))
            .ToList();
        var summary = findings.Count == 0
            ? ui.Text("openAnswer.none", language)
            : ui.Format("openAnswer.found", language, ("count", findings.Count));
        return new OpenAnswerView(title, summary, findings);
    }
}
