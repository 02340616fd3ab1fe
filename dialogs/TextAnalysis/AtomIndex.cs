using System.Collections.Frozen;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// Every distinct atom of a lexicon under a small integer id, indexed so that one token finds all atoms it
/// matches with a few dictionary look-ups instead of comparing against every cue (this is what makes the
/// analyzer fast: most cues are then rejected because their first words do not occur at all).
/// </summary>
internal sealed class AtomIndex
{
    private const int KeyLength = 3;
    private readonly FrozenDictionary<string, int> _stems;
    private readonly FrozenDictionary<string, (string Value, int Id)[]>.AlternateLookup<ReadOnlySpan<char>> _prefixes;
    private readonly FrozenDictionary<string, (string Value, int Id)[]>.AlternateLookup<ReadOnlySpan<char>> _suffixes;
    private readonly (string Value, int Id)[] _contains;
    private readonly int _number;

    public AtomIndex(IEnumerable<TermAtom> atoms)
    {
        ArgumentNullException.ThrowIfNull(atoms);
        var ids = new Dictionary<TermAtom, int>();
        foreach (var atom in atoms)
        {
            ids.TryAdd(atom, ids.Count);
        }

        Ids = ids.ToFrozenDictionary();
        _stems = ids.Where(p => p.Key.Kind == AtomKind.Stem).ToFrozenDictionary(p => p.Key.Value, p => p.Value, StringComparer.Ordinal);
        // Looked up by a span of the word, so that a token's prefixes and suffixes allocate no strings.
        _prefixes = Group(ids, AtomKind.Prefix, v => v[..Math.Min(KeyLength, v.Length)]).GetAlternateLookup<ReadOnlySpan<char>>();
        _suffixes = Group(ids, AtomKind.Suffix, v => v[^Math.Min(KeyLength, v.Length)..]).GetAlternateLookup<ReadOnlySpan<char>>();
        _contains = ids.Where(p => p.Key.Kind == AtomKind.Contains).Select(p => (p.Key.Value, p.Value)).ToArray();
        _number = ids.Where(p => p.Key.Kind == AtomKind.Number).Select(p => p.Value).DefaultIfEmpty(-1).First();
    }

    public FrozenDictionary<TermAtom, int> Ids { get; }

    /// <summary>Ids of all atoms that match the token, added to <paramref name="into"/>.</summary>
    public void Match(in AnalysisToken token, List<int> into)
    {
        if (_stems.TryGetValue(token.Stem, out var stem))
        {
            into.Add(stem);
        }

        if (token.IsNumber && _number >= 0)
        {
            into.Add(_number);
        }

        var norm = token.Norm;
        for (var length = 1; length <= Math.Min(KeyLength, norm.Length); length++)
        {
            if (_prefixes.TryGetValue(norm.AsSpan(0, length), out var prefixes))
            {
                foreach (var (value, id) in prefixes)
                {
                    if (norm.StartsWith(value, StringComparison.Ordinal))
                    {
                        into.Add(id);
                    }
                }
            }

            if (_suffixes.TryGetValue(norm.AsSpan(norm.Length - length), out var suffixes))
            {
                foreach (var (value, id) in suffixes)
                {
                    if (norm.EndsWith(value, StringComparison.Ordinal))
                    {
                        into.Add(id);
                    }
                }
            }
        }

        foreach (var (value, id) in _contains)
        {
            if (norm.Contains(value, StringComparison.Ordinal))
            {
                into.Add(id);
            }
        }
    }

    private static FrozenDictionary<string, (string Value, int Id)[]> Group(Dictionary<TermAtom, int> ids, AtomKind kind, Func<string, string> key) =>
        ids.Where(p => p.Key.Kind == kind)
            .GroupBy(p => key(p.Key.Value), StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(p => (p.Key.Value, p.Value)).ToArray(), StringComparer.Ordinal);
}
