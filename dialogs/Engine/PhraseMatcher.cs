namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Maps typed text to one value: an exact match on normalised phrases wins; otherwise the closest phrase
/// within its typo tolerance, but only when that closest distance points to a single value (no guessing).
/// </summary>
internal sealed class PhraseMatcher<T>
    where T : class
{
    private readonly List<(string Phrase, T Value)> _phrases;

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        _phrases = [.. phrases
            .Select(p => (Phrase: TextNormalizer.Normalize(p.Phrase), p.Value))
            .Where(p => p.Phrase.Length > 0)];
    }

    public T? Exact(string text) => Single(_phrases.Where(p => p.Phrase == TextNormalizer.Normalize(text)));

    public T? Fuzzy(string text)
    {
        var input = TextNormalizer.Normalize(text);
        var scored = _phrases
            .Select(p => (p.Value, Distance: EditDistance.Between(input, p.Phrase),
                Tolerance: EditDistance.Tolerance(Math.Min(input.Length, p.Phrase.Length))))
            .Where(s => s.Distance <= s.Tolerance)
            .ToList();
        if (scored.Count == 0)
        {
            return default;
        }

        var best = scored.Min(s => s.Distance);
        return Single(scored.Where(s => s.Distance == best).Select(s => (Phrase: "", s.Value)));
    }

    public T? Match(string text) => Exact(text) is { } exact ? exact : Fuzzy(text);

    private static T? Single(IEnumerable<(string Phrase, T Value)> hits)
    {
        var values = hits.Select(h => h.Value).Distinct().Take(2).ToList();
        return values.Count == 1 ? values[0] : default;
    }
}
