namespace PartnershipBot.Dialogs.TextAnalysis;

internal enum AtomKind
{
    Stem,
    Prefix,
    Suffix,
    Contains,
    Number,
}

/// <summary>One word position of a term alternative: a stem to equal, a pattern on the raw word, or any number.</summary>
internal sealed record TermAtom(AtomKind Kind, string Value)
{
    /// <summary>Compiles "word", "word*", "*word", "*word*" or "#num"; plain words are stemmed like the input.</summary>
    public static TermAtom Parse(string text, Func<string, string> stem)
    {
        var norm = TextTokenizer.Normalize(text);
        if (norm == "#num")
        {
            return new TermAtom(AtomKind.Number, norm);
        }

        var starts = norm.StartsWith('*');
        var ends = norm.EndsWith('*');
        var core = norm.Trim('*');
        if (core.Length == 0 || core.Contains('*', StringComparison.Ordinal))
        {
            throw new FormatException($"Term '{text}' must have a '*' only at its start or end.");
        }

        return (starts, ends) switch
        {
            (true, true) => new TermAtom(AtomKind.Contains, core),
            (true, false) => new TermAtom(AtomKind.Suffix, core),
            (false, true) => new TermAtom(AtomKind.Prefix, core),
            _ => new TermAtom(AtomKind.Stem, stem(core)),
        };
    }
}
