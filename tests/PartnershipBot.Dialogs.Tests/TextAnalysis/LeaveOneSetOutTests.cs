using System.Globalization;
using System.Text;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Dialogs.TextAnalysis.Learned;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// The learned model scored on sets it was not trained on (leave-one-set-out). The honest figure for unseen text is the
/// lexicons as they stood at each blind set's first run, with the model added by the analyzer's rule; the lexicons of
/// today have been tuned on every set, so their figures here show only that the model does no harm.
/// </summary>
public sealed class LeaveOneSetOutTests(ITestOutputHelper output)
{
    private static readonly AnalysisContent s_content = AnalysisContent.LoadEmbedded();
    private static readonly PitfallTextAnalyzer s_lexicons = new(s_content);
    private static readonly Lazy<IReadOnlyList<HeldOutSet>> s_folds = new(() => LeaveOneSetOut.Run(s_lexicons));
    private static readonly Lazy<IReadOnlyList<HeldOutSet>> s_chosenOnFolds = new(() => LeaveOneSetOut.Run(s_lexicons, setFiles: LeaveOneSetOut.ThresholdChosenOn));
    private static readonly IReadOnlyDictionary<string, LexiconReading[]> s_firstRuns = FirstRunReadings.Load();

    private static double Threshold => s_content.Settings.ModelThreshold ?? throw new InvalidOperationException("settings.json names no model threshold.");

    [Fact]
    public void FirstRunLexiconsWithModel_UnseenSets_ClearlyAboveTheFirstRunsWithNoMoreFalseAlarms()
    {
        var report = new StringBuilder().Append(CultureInfo.InvariantCulture, $"leave-one-set-out, model threshold {Threshold}\n");
        foreach (var fold in s_folds.Value)
        {
            var now = Tally(fold, LexiconsNow(fold));
            var nowWithModel = Tally(fold, WithModel(fold, LexiconsNow(fold), Threshold));
            var model = Tally(fold, WithModel(fold, [.. fold.Statements.Select(_ => new LexiconReading([], []))], Threshold));
            var first = s_firstRuns.TryGetValue(fold.File, out var readings) ? Tally(fold, readings) : null;
            var firstWithModel = readings is null ? null : Tally(fold, WithModel(fold, readings, Threshold));
            report.Append(CultureInfo.InvariantCulture, $"  {fold.File,-18} first run {Format(first),-40} + model {Format(firstWithModel),-40} model alone {Format(model),-40} lexicons now {Format(now),-40} + model {Format(nowWithModel)}\n");
        }

        var (firstRun, combined) = Blind(Threshold);
        report.Append(CultureInfo.InvariantCulture, $"  pooled over the blind sets: first run {Format(firstRun)}, with the model {Format(combined)}\n");
        output.WriteLine(report.ToString());

        Assert.True(combined.MacroF1 >= 0.76, $"first run + model: pitfall macro-F1 {combined.MacroF1:0.000}");
        Assert.True(combined.MacroF1 >= firstRun.MacroF1 + 0.05, $"{combined.MacroF1:0.000} against {firstRun.MacroF1:0.000} for the first runs");
        Assert.True(combined.HealthyFalseAlarms <= firstRun.HealthyFalseAlarms, $"{combined.HealthyFalseAlarms} false alarms against {firstRun.HealthyFalseAlarms}");
    }

    [Fact]
    public void LexiconsNowWithModel_UnseenSets_NoMoreFalseAlarmsAndNoLowerScore()
    {
        var now = Pool(s_folds.Value.Select(f => Tally(f, LexiconsNow(f))));
        var withModel = Pool(s_folds.Value.Select(f => Tally(f, WithModel(f, LexiconsNow(f), Threshold))));

        output.WriteLine($"lexicons now {Format(now)}; with the model (leave-one-set-out) {Format(withModel)}");
        Assert.True(withModel.HealthyFalseAlarms <= now.HealthyFalseAlarms, $"{withModel.HealthyFalseAlarms} false alarms against {now.HealthyFalseAlarms}");
        Assert.True(withModel.MacroF1 >= now.MacroF1 - 0.005, $"{withModel.MacroF1:0.000} against {now.MacroF1:0.000}");
    }

    /// <summary>
    /// The threshold in settings.json is the one leave-one-set-out picked on the folds it was chosen on: the best pooled
    /// first-run-plus-model macro-F1 among those that raise no more false alarms than the lexicons alone, at their first
    /// runs and today; of equal figures the higher threshold, since a false alarm on healthy talk costs more than a miss.
    /// A set added since tests that choice without re-making it; over every fold the threshold must still raise no more
    /// false alarms (what the rule would pick there is printed, docs/analyzer.md).
    /// </summary>
    [Fact]
    public void ModelThreshold_InSettings_IsTheLeaveOneSetOutChoice()
    {
        var chosenOn = Rows(s_chosenOnFolds.Value);
        var all = Rows(s_folds.Value);
        foreach (var (name, rows) in new[] { ("folds it was chosen on", chosenOn), ("every fold", all) })
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name}: best {Best(rows):0.00}"));
            foreach (var row in rows)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  threshold {row.Threshold:0.00}: first run + model {Format(row.Combined)}; lexicons now + model {Format(row.Now)}{(row.Allowed ? "" : " (more false alarms)")}"));
            }
        }

        Assert.Equal(Best(chosenOn), Threshold, 3);
        Assert.True(all.Single(r => Math.Abs(r.Threshold - Threshold) < 1e-9).Allowed, $"threshold {Threshold} raises more false alarms over every fold");
    }

    private static (double Threshold, PitfallTally Combined, bool Allowed, PitfallTally Now)[] Rows(IReadOnlyList<HeldOutSet> folds)
    {
        var lexiconsNowAlarms = Pool(folds.Select(f => Tally(f, LexiconsNow(f)))).HealthyFalseAlarms;
        return [.. Enumerable.Range(10, 10).Select(i => i * 0.05).Select(t =>
        {
            var (firstRun, combined) = Blind(folds, t);
            var now = Pool(folds.Select(f => Tally(f, WithModel(f, LexiconsNow(f), t))));
            return (Threshold: t, combined, Allowed: combined.HealthyFalseAlarms <= firstRun.HealthyFalseAlarms && now.HealthyFalseAlarms <= lexiconsNowAlarms, Now: now);
        })];
    }

    private static double Best(IEnumerable<(double Threshold, PitfallTally Combined, bool Allowed, PitfallTally Now)> rows) =>
        rows.Where(r => r.Allowed).OrderByDescending(r => Math.Round(r.Combined.MacroF1, 6)).ThenByDescending(r => r.Threshold).First().Threshold;

    /// <summary>Every labelled file trains the shipped model; each must be a fold or named as training only, never both.</summary>
    [Fact]
    public void LabelledFiles_EveryOne_IsAFoldOrTrainingOnlyWithoutFirstRun()
    {
        var files = Directory.GetFiles(LabelledSet.FolderPath, "*.jsonl").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToArray();

        Assert.Equal(files, LeaveOneSetOut.SetFiles.Concat(LeaveOneSetOut.TrainingOnlyFiles).Order(StringComparer.Ordinal));
        Assert.Empty(LeaveOneSetOut.TrainingOnlyFiles.Intersect(LeaveOneSetOut.SetFiles));
        Assert.All(LeaveOneSetOut.TrainingOnlyFiles, f => Assert.False(s_firstRuns.ContainsKey(f), f));
        Assert.All(s_folds.Value, fold => Assert.DoesNotContain(fold.File, LeaveOneSetOut.TrainingOnlyFiles));
    }

    private static (PitfallTally FirstRun, PitfallTally Combined) Blind(double threshold) => Blind(s_folds.Value, threshold);

    private static (PitfallTally FirstRun, PitfallTally Combined) Blind(IReadOnlyList<HeldOutSet> folds, double threshold)
    {
        var blind = folds.Where(f => s_firstRuns.ContainsKey(f.File)).ToArray();
        return (Pool(blind.Select(f => Tally(f, s_firstRuns[f.File]))), Pool(blind.Select(f => Tally(f, WithModel(f, s_firstRuns[f.File], threshold)))));
    }

    private static LexiconReading[] LexiconsNow(HeldOutSet fold) =>
        [.. fold.Statements.Select(s => s_lexicons.Analyze(s.Text)).Select(r => new LexiconReading([.. r.Pitfalls.Select(p => p.Id)], [.. r.Lessons.Select(l => l.Id)]))];

    // The analyzer's own rule, with the held-out set's model, over the given lexicon readings. Frames and open questions
    // are read by today's code (frames came with set 7; their word lists were written for sets 7 and 8).
    private static LexiconReading[] WithModel(HeldOutSet fold, IReadOnlyList<LexiconReading> readings, double threshold)
    {
        var learned = new LearnedPitfalls(fold.Model, threshold);
        return [.. readings.Select((r, i) => r with
        {
            Pitfalls = [.. r.Pitfalls.Concat(learned.Add(fold.Statements[i].Text, fold.Features[i], r.Pitfalls, r.Lessons, s_lexicons.Shape(fold.Statements[i].Text), s_content.Settings).Select(p => p.Id))],
        })];
    }

    private static PitfallTally Tally(HeldOutSet fold, IReadOnlyList<LexiconReading> readings) =>
        PitfallTally.Of(fold.Statements.Select((s, i) => (s.Pitfalls, readings[i].Pitfalls)));

    private static PitfallTally Pool(IEnumerable<PitfallTally> tallies)
    {
        var list = tallies.ToArray();
        return new PitfallTally(
            [.. Evaluation.PitfallIds.Select((id, i) => new LabelScore(id, list.Sum(t => t.Pitfalls[i].TruePositives), list.Sum(t => t.Pitfalls[i].FalsePositives), list.Sum(t => t.Pitfalls[i].FalseNegatives)))],
            list.Sum(t => t.HealthyLines),
            list.Sum(t => t.HealthyFalseAlarms));
    }

    private static string Format(PitfallTally? t) => t is null ? "-" : string.Create(CultureInfo.InvariantCulture,
        $"{t.MacroF1:0.000} ({string.Join(" / ", t.Pitfalls.Select(p => p.F1.ToString("0.00", CultureInfo.InvariantCulture)))}) fa {t.HealthyFalseAlarms}/{t.HealthyLines}");
}
