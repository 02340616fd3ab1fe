using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Rounds;

internal enum RoundCommandKind
{
    Start,
    Close,
    Results,
    Leave,
}

/// <summary>
/// A typed round command: whole leading words in Dutch or English, then an optional argument (a name
/// or a round id). <see cref="Language"/> is the language of the words typed: people often run Teams
/// in English but type Dutch, and the answer should follow the words.
/// </summary>
internal sealed record RoundCommand(RoundCommandKind Kind, string? Argument, Language Language)
{
    private static readonly (string[] Words, RoundCommandKind Kind, Language Language)[] Phrases =
    [
        (["ronde", "starten"], RoundCommandKind.Start, Language.Nl), (["start", "round"], RoundCommandKind.Start, Language.En), (["start", "ronde"], RoundCommandKind.Start, Language.Nl),
        (["ronde", "sluiten"], RoundCommandKind.Close, Language.Nl), (["close", "round"], RoundCommandKind.Close, Language.En),
        (["ronde", "resultaten"], RoundCommandKind.Results, Language.Nl), (["round", "results"], RoundCommandKind.Results, Language.En),
        (["mijn", "ronde", "verlaten"], RoundCommandKind.Leave, Language.Nl), (["ronde", "verlaten"], RoundCommandKind.Leave, Language.Nl), (["leave", "round"], RoundCommandKind.Leave, Language.En),
    ];

    public static RoundCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (phrase, kind, language) in Phrases)
        {
            if (words.Length >= phrase.Length && phrase.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                var argument = string.Join(' ', words.Skip(phrase.Length));
                return new RoundCommand(kind, argument.Length == 0 ? null : argument, language);
            }
        }

        return null;
    }
}
