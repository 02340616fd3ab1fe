namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// The learned model beside the lexicons. It only adds recall: a pitfall the lexicons did not report, at a probability
/// of at least <see cref="Threshold"/>; never one whose healthy practice the lexicons read in the text (a negated cue,
/// a named practice), and nothing in a text the lexicons read as framed (a hypothesis, someone else's story, a topic
/// echo, time order), since the model cannot tell those frames from the story itself. An open question counts at the
/// lexicons' question factor, as their cues do: a question about a topic is not a situation. Its evidence is the
/// text's own words around its strongest n-grams, a few words either side within the clause.
/// </summary>
internal sealed class LearnedPitfalls(LinearTextModel model, double threshold)
{
    private const int EvidenceCount = 3;
    private const int EvidenceQuotes = 2;
    private const int ContextWords = 3;

    public LinearTextModel Model { get; } = model;

    public double Threshold { get; } = threshold;

    /// <param name="text">The message the features came from (evidence is quoted from it).</param>
    /// <param name="features">The message's n-grams.</param>
    /// <param name="pitfalls">The pitfall ids the lexicons reported.</param>
    /// <param name="lessons">The lesson ids the lexicons reported.</param>
    /// <param name="shape">Frames and open question, as the lexicons read them.</param>
    /// <param name="settings">The pairs of pitfall and lesson.</param>
    /// <summary>The fewest words in which the model may add a pitfall.</summary>
    public const int MinimumWords = 6;

    public IEnumerable<DetectedPitfall> Add(string text, List<TextFeature> features, IReadOnlyCollection<string> pitfalls, IReadOnlyCollection<string> lessons, TextShape shape, AnalysisSettings settings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(pitfalls);
        ArgumentNullException.ThrowIfNull(lessons);
        ArgumentNullException.ThrowIfNull(settings);
        // A few words describe no situation: on a unit-length vector one n-gram of "their own staff" or "money" carries
        // the whole probability (0.9 and more). No labelled pitfall is shorter than seven words; the lexicons read short texts.
        if (shape.Framed || shape.Words < MinimumWords)
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

    // The stretches of the text around the strongest n-grams: an n-gram alone ("willen", "besparen en") reads as
    // noise on a card, so each is widened by a few words within its clause, and stretches that touch are one quote.
    private static string[] Evidence(string text, IEnumerable<TextFeature> strongest)
    {
        var kept = new List<(int Start, int End)>();
        foreach (var f in strongest)
        {
            var window = Widen(text, f.Start, f.End);
            // A window that grows by a merge may reach another kept one: absorb those too, so no two quotes overlap.
            // The merged stretch keeps the place of the strongest n-gram in it.
            var place = -1;
            for (var i = kept.FindIndex(k => Touch(k, window)); i >= 0; i = kept.FindIndex(k => Touch(k, window)))
            {
                window = (Math.Min(kept[i].Start, window.Start), Math.Max(kept[i].End, window.End));
                kept.RemoveAt(i);
                place = place < 0 ? i : Math.Min(place, i);
            }

            if (place < 0 && kept.Count == EvidenceCount)
            {
                break;
            }

            kept.Insert(place < 0 ? kept.Count : place, window);
        }

        return [.. kept.Take(EvidenceQuotes).Select(k => text[k.Start..k.End])];
    }

    private static bool Touch((int Start, int End) a, (int Start, int End) b) => a.Start <= b.End && b.Start <= a.End;

    private static (int Start, int End) Widen(string text, int start, int end)
    {
        for (var words = 0; start > 0 && words < ContextWords; words++)
        {
            var i = start - 1;
            while (i >= 0 && text[i] == ' ')
            {
                i--;
            }

            if (i < 0 || IsClauseBoundary(text[i]))
            {
                break;
            }

            while (i > 0 && !char.IsWhiteSpace(text[i - 1]) && !IsClauseBoundary(text[i - 1]))
            {
                i--;
            }

            start = i;
        }

        for (var words = 0; end < text.Length && words < ContextWords; words++)
        {
            var i = end;
            while (i < text.Length && text[i] == ' ')
            {
                i++;
            }

            if (i >= text.Length || IsClauseBoundary(text[i]))
            {
                break;
            }

            while (i < text.Length && !char.IsWhiteSpace(text[i]) && !IsClauseBoundary(text[i]))
            {
                i++;
            }

            end = i;
        }

        return (start, end);
    }

    private static bool IsClauseBoundary(char c) => c is '.' or ',' or ';' or ':' or '!' or '?' or '\n' or '\r' or '(' or ')' or '"' or '“' or '”';
}
