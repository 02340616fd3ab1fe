namespace PartnershipBot.Rounds;

internal enum RoundCommandKind
{
    Start,
    Close,
    Results,
    Leave,
}

/// <summary>A typed round command: whole leading words in Dutch or English, then an optional argument (a name or a round id).</summary>
internal sealed record RoundCommand(RoundCommandKind Kind, string? Argument)
{
    private static readonly (string[] Words, RoundCommandKind Kind)[] Phrases =
    [
        (["ronde", "starten"], RoundCommandKind.Start), (["start", "round"], RoundCommandKind.Start), (["start", "ronde"], RoundCommandKind.Start),
        (["ronde", "sluiten"], RoundCommandKind.Close), (["close", "round"], RoundCommandKind.Close),
        (["ronde", "resultaten"], RoundCommandKind.Results), (["round", "results"], RoundCommandKind.Results),
        (["mijn", "ronde", "verlaten"], RoundCommandKind.Leave), (["ronde", "verlaten"], RoundCommandKind.Leave), (["leave", "round"], RoundCommandKind.Leave),
    ];

    public static RoundCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (phrase, kind) in Phrases)
        {
            if (words.Length >= phrase.Length && phrase.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                var argument = string.Join(' ', words.Skip(phrase.Length));
                return new RoundCommand(kind, argument.Length == 0 ? null : argument);
            }
        }

        return null;
    }
}
