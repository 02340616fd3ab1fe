using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Dialogs.TextAnalysis.Learned;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>One labelled set, its statements' n-grams, and a model trained on every other set.</summary>
internal sealed record HeldOutSet(string File, IReadOnlyList<LabelledStatement> Statements, IReadOnlyList<List<TextFeature>> Features, LinearTextModel Model);

/// <summary>
/// Leave-one-set-out: for each labelled set, the learned model is trained on all the other sets and scored on it,
/// so each figure is the model's first sight of that set's wording. (The lexicons were tuned on every set: their own
/// readings of a set are blind only as recorded at its first run, bench/results/blind-first-run-readings.jsonl.)
/// </summary>
internal static class LeaveOneSetOut
{
    public static readonly string[] SetFiles =
    [
        "devset.jsonl", "holdout.jsonl", "blindcheck.jsonl", "blindcheck2.jsonl", "blindcheck3.jsonl",
        "blindcheck4.jsonl", "blindcheck5.jsonl", "blindcheck7.jsonl", "blindcheck8.jsonl",
    ];

    /// <param name="lexicons">An analyzer without a model: it only prepares the words.</param>
    public static IReadOnlyList<HeldOutSet> Run(PitfallTextAnalyzer lexicons)
    {
        ArgumentNullException.ThrowIfNull(lexicons);
        var sets = SetFiles.Select(LabelledSet.Load).ToArray();
        var features = sets.Select(s => s.Select(x => lexicons.Features(x.Text)).ToArray()).ToArray();
        return [.. Enumerable.Range(0, sets.Length).Select(held =>
        {
            var training = Enumerable.Range(0, sets.Length).Where(i => i != held)
                .SelectMany(i => sets[i].Select((x, j) => new TrainingExample(features[i][j], [.. x.Pitfalls])))
                .ToArray();
            return new HeldOutSet(SetFiles[held], sets[held], features[held], LinearTextModel.Train(training, Evaluation.PitfallIds));
        })];
    }
}
