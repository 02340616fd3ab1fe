using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Dialogs.Scoring;

/// <summary>
/// Scores one pitfall. The formula (also in docs/domain.md), for pitfall p protected by lesson L:
///
///   For every answered item i that weighs p (weight w, answer agreement a in [−1, 1]):  r = (1 + a) / 2
///   For every answered item i that weighs L (weight w):                                 r = (1 − a) / 2
///   For the free-text item, when the analyzer reports p with score s in [0, 1]:         r = 0.5 + s / 2
///   ("don't know", skipped and unanswered items give no signal and are left out.)
///   W = Σ w;   c_i = 100 · w_i · (r_i − 0.5) / W        (the item's push away from neutral 50)
///   raw = 50 + Σ c_i                                      (a weighted mean of the readings, times 100)
///   k = Π factors of the chosen context options for p    (phase, new/existing tasks, motive)
///   risk = clamp(round(k · raw + C), 0, 100)             (C = points of the contradictions found for p)
///   level: High when risk ≥ highFrom, Elevated when ≥ elevatedFrom, else Low; Unknown (no score at all)
///   when fewer than the bank's minAnswered questions on p or L were answered with a point of the scale.
///
/// Each shown contribution is k · c_i, so the evidence adds up to the risk (before clamping and C) minus k · 50.
/// </summary>
internal static class RiskScorer
{
    public static PitfallComputation Score(
        ItemBank bank,
        PitfallDefinition pitfall,
        IReadOnlyList<(Item Item, AnswerEntry Answer)> answered,
        int asked,
        IReadOnlyList<FreeTextSignal> freeTextSignals,
        double contextFactor,
        int contradictionPoints)
    {
        var readings = new List<(Item Item, ScaleOptionOrText Answer, double Weight, double Reading)>();
        foreach (var (item, answer) in answered)
        {
            if (item.Scale.Kind == QuestionKind.FreeText)
            {
                var signal = freeTextSignals.FirstOrDefault(s => s.PitfallId == pitfall.Id && s.Score > 0);
                if (signal is not null && item.Pitfalls.TryGetValue(pitfall.Id, out var textWeight))
                {
                    readings.Add((item, new ScaleOptionOrText(null, signal.Phrases), textWeight, 0.5 + (Math.Min(signal.Score, 1) / 2)));
                }

                continue;
            }

            if (answer.Value is null || item.Scale.Find(answer.Value) is not { Agreement: { } a } option)
            {
                continue;
            }

            if (item.Pitfalls.TryGetValue(pitfall.Id, out var weight))
            {
                readings.Add((item, new ScaleOptionOrText(option, []), weight, (1 + a) / 2));
            }
            else if (item.Lessons.TryGetValue(pitfall.LessonId, out var protective))
            {
                readings.Add((item, new ScaleOptionOrText(option, []), protective, (1 - a) / 2));
            }
        }

        // "Weet ik niet" is missing, not neutral: it adds no reading, and with too few readings there is no score.
        var statements = readings.Count(r => r.Item.Scale.Kind != QuestionKind.FreeText);
        var total = readings.Sum(r => r.Weight);
        if (statements < bank.MinAnswered || total <= 0)
        {
            return new PitfallComputation(pitfall, 0, RiskLevel.Unknown, [], 0, contextFactor) { Answered = statements, Asked = asked };
        }

        var contributions = readings
            .Select(r => new Contribution(r.Item, r.Answer, contextFactor * 100 * r.Weight * (r.Reading - 0.5) / total))
            .ToList();
        var exact = (contextFactor * 50) + contributions.Sum(c => c.Points) + contradictionPoints;
        var risk = (int)Math.Clamp(Math.Round(exact, MidpointRounding.AwayFromZero), 0, 100);
        return new PitfallComputation(pitfall, risk, Level(bank, risk), contributions, contradictionPoints, contextFactor) { Answered = statements, Asked = asked };
    }

    /// <summary>How many of the check's questions (open question excluded) read on <paramref name="pitfall"/> or its lesson.</summary>
    public static int Asked(IEnumerable<Item> scoredItems, PitfallDefinition pitfall) =>
        scoredItems.Count(i => i.Scale.Kind != QuestionKind.FreeText
            && (i.Pitfalls.ContainsKey(pitfall.Id) || i.Lessons.ContainsKey(pitfall.LessonId)));

    public static RiskLevel Level(ItemBank bank, int risk) =>
        risk >= bank.HighFrom ? RiskLevel.High : risk >= bank.ElevatedFrom ? RiskLevel.Elevated : RiskLevel.Low;

    /// <summary>k for a pitfall: the product of the factors of every chosen context option (1 when none).</summary>
    public static double ContextFactor(ItemBank bank, PitfallDefinition pitfall, IReadOnlyList<AnswerEntry> answers)
    {
        var factor = 1.0;
        foreach (var item in bank.ContextItems)
        {
            var value = answers.LastOrDefault(a => a.ItemId == item.Id)?.Value;
            if (value is not null && item.Scale.Find(value) is { } option && option.Factors.TryGetValue(pitfall.Id, out var f))
            {
                factor *= f;
            }
        }

        return factor;
    }
}
