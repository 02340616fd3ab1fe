namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// The learned model beside the lexicons. It only adds recall: a pitfall the lexicons did not report, at a probability
/// of at least <see cref="Threshold"/>; never one whose healthy practice the lexicons read in the text (a negated cue,
/// a named practice), and nothing in a text the lexicons read as framed (a hypothesis, someone else's story, a topic
/// echo, time order), since the model cannot tell those frames from the story itself. An open question counts at the
/// lexicons' question factor, as their cues do: a question about a topic is not a situation. Its evidence is the
/// text's own words behind its strongest n-grams.
/// </summary>
internal sealed class LearnedPitfalls(LinearTextModel model, double threshold)
{
    private const int EvidenceCount = 3;

    public LinearTextModel Model { get; } = model;

    public double Threshold { get; } = threshold;

    /// <param name="text">The message the features came from (evidence is quoted from it).</param>
    /// <param name="features">The message's n-grams.</param>
    /// <param name="pitfalls">The pitfall ids the lexicons reported.</param>
    /// <param name="lessons">The lesson ids the lexicons reported.</param>
    /// <param name="shape">Frames and open question, as the lexicons read them.</param>
    /// <param name="settings">The pairs of pitfall and lesson.</param>
    public IEnumerable<DetectedPitfall> Add(string text, List<TextFeature> features, IReadOnlyCollection<string> pitfalls, IReadOnlyCollection<string> lessons, TextShape shape, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pitfalls);
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(settings);
        if (shape.Framed)
        {
            yield break;
        }

        var factor = shape.OpenQuestion ? settings.QuestionFactor : 1.0;
        var probabilities = Model.Predict(features);
        for (var l = 0; l < Model.Labels.Count; l++)
        {
            var id = Model.Labels[l];
            var probability = probabilities[l] * factor;
            if (probability < Threshold || pitfalls.Contains(id) || lessons.Contains(settings.Opposite(id) ?? ""))
            {
                continue;
            }

            yield return new DetectedPitfall(id, Math.Round(probability, 4), Evidence(text, Model.Strongest(l, features)));
        }
    }

    // The stretches behind the strongest n-grams, each once: a word inside a quoted word pair adds nothing.
    private static string[] Evidence(string text, IEnumerable<TextFeature> strongest)
    {
        var kept = new List<TextFeature>();
        foreach (var f in strongest)
        {
            if (kept.Exists(k => k.Start <= f.Start && f.End <= k.End))
            {
                continue;
            }

            kept.RemoveAll(k => f.Start <= k.Start && k.End <= f.End);
            kept.Add(f);
            if (kept.Count == EvidenceCount)
            {
                break;
            }
        }

        return [.. kept.Select(k => text[k.Start..k.End])];
    }
}
