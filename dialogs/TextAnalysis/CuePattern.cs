namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>A compiled cue: each term is a set of alternatives, each alternative a run of consecutive atoms.</summary>
internal sealed record CuePattern(
    string Id,
    string Target,
    double Weight,
    IReadOnlyList<IReadOnlyList<IReadOnlyList<TermAtom>>> Terms,
    int Window,
    bool Ordered,
    bool Negatable)
{
    /// <summary>The same terms as atom ids of the lexicon's <see cref="AtomIndex"/>: [term][alternative][word].</summary>
    public int[][][] AtomIds { get; init; } = [];

    public static CuePattern Compile(CueDocument cue, Func<string, string> stem)
    {
        ArgumentNullException.ThrowIfNull(cue);
        if (cue.Terms is null || cue.Terms.Count == 0)
        {
            throw new FormatException($"Cue '{cue.Id}' has no terms.");
        }

        if (cue.Weight is <= 0 or > 1)
        {
            throw new FormatException($"Cue '{cue.Id}' has weight {cue.Weight}; it must be in (0, 1].");
        }

        var terms = cue.Terms
            .Select(term => (IReadOnlyList<IReadOnlyList<TermAtom>>)term
                .Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .Select(alternative => (IReadOnlyList<TermAtom>)alternative
                    .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                    .Select(word => TermAtom.Parse(word, stem))
                    .ToArray())
                .ToArray())
            .ToArray();
        if (terms.Any(t => t.Count == 0))
        {
            throw new FormatException($"Cue '{cue.Id}' has an empty term.");
        }

        var longest = terms.Sum(t => t.Max(a => a.Count));
        var window = cue.Window ?? Math.Max(4, longest + (2 * (terms.Length - 1)) + 2);
        return new CuePattern(cue.Id, cue.Target, cue.Weight, terms, Math.Max(window, longest), cue.Ordered ?? false, cue.Negatable ?? true);
    }
}
