using System.Globalization;
using System.Text;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>Per-label precision, recall and F1 of the analyzer over a labelled set, plus the statements it got wrong.</summary>
internal sealed record Evaluation(IReadOnlyList<LabelScore> Pitfalls, IReadOnlyList<LabelScore> Lessons, IReadOnlyList<string> Misses, IReadOnlyList<string> HealthyFalseAlarms)
{
    public static readonly string[] PitfallIds = ["owner-savings-target", "client-unchanged-service", "contractor-appearance-of-success"];
    public static readonly string[] LessonIds = ["collective-commissioning", "patient-owners-buffer", "realistic-expectations"];

    public double PitfallMacroF1 => Pitfalls.Average(p => p.F1);
    public double LessonMacroF1 => Lessons.Average(p => p.F1);

    public static Evaluation Run(PitfallTextAnalyzer analyzer, IReadOnlyList<LabelledStatement> set)
    {
        var results = set.Select(s => (Statement: s, Result: analyzer.Analyze(s.Text))).ToArray();
        var misses = new List<string>();
        var healthyAlarms = new List<string>();
        foreach (var (s, r) in results)
        {
            var got = r.Pitfalls.Select(p => p.Id).Order().ToArray();
            if (!got.SequenceEqual(s.Pitfalls.Order()))
            {
                misses.Add($"[{string.Join(',', s.Pitfalls)}] got [{string.Join(',', r.Pitfalls.Select(p => $"{p.Id}:{p.Score:0.00} ({string.Join(" / ", p.Evidence)})"))}] :: {s.Text}");
            }

            if (s.Pitfalls.Count == 0 && got.Length > 0)
            {
                healthyAlarms.Add(s.Text);
            }
        }

        return new Evaluation(
            PitfallIds.Select(id => Score(id, results.Select(x => (x.Statement.Pitfalls, (IEnumerable<string>)x.Result.Pitfalls.Select(p => p.Id))))).ToArray(),
            LessonIds.Select(id => Score(id, results.Select(x => (x.Statement.Lessons, (IEnumerable<string>)x.Result.Lessons.Select(p => p.Id))))).ToArray(),
            misses,
            healthyAlarms);
    }

    public string Report(string title)
    {
        var text = new StringBuilder().Append(title).Append('\n');
        foreach (var row in Pitfalls.Concat(Lessons))
        {
            text.Append(CultureInfo.InvariantCulture, $"  {row.Id,-34} P={row.Precision:0.000} R={row.Recall:0.000} F1={row.F1:0.000} (tp={row.TruePositives} fp={row.FalsePositives} fn={row.FalseNegatives})\n");
        }

        text.Append(CultureInfo.InvariantCulture, $"  pitfall macro-F1 = {PitfallMacroF1:0.000}; lesson macro-F1 = {LessonMacroF1:0.000}; false alarms on healthy/small talk = {HealthyFalseAlarms.Count}\n");
        foreach (var miss in Misses)
        {
            text.Append("  miss: ").Append(miss).Append('\n');
        }

        return text.ToString();
    }

    private static LabelScore Score(string id, IEnumerable<(IReadOnlyList<string> Expected, IEnumerable<string> Got)> rows)
    {
        int tp = 0, fp = 0, fn = 0;
        foreach (var (expected, got) in rows)
        {
            var e = expected.Contains(id);
            var g = got.Contains(id);
            tp += e && g ? 1 : 0;
            fp += !e && g ? 1 : 0;
            fn += e && !g ? 1 : 0;
        }

        return new LabelScore(id, tp, fp, fn);
    }
}
