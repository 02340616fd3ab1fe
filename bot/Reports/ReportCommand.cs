using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Reports;

/// <summary><c>ronde rapport [id]</c> / <c>round report [id]</c> (also <c>rapport</c> / <c>report</c>): whole leading words, then an optional round id.</summary>
internal sealed record ReportCommand(string? RoundId, Language Language)
{
    private static readonly (string[] Words, Language Language)[] Phrases =
    [
        (["ronde", "rapport"], Language.Nl), (["round", "report"], Language.En), (["rapport"], Language.Nl), (["report"], Language.En),
    ];

    public static ReportCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var (phrase, language) in Phrases)
        {
            // A bare "rapport" takes no argument, so a sentence that starts with the word stays free text.
            var maxWords = phrase.Length == 1 ? 1 : phrase.Length + 1;
            if (words.Length >= phrase.Length && words.Length <= maxWords
                && phrase.Select((w, i) => string.Equals(w, words[i], StringComparison.OrdinalIgnoreCase)).All(x => x))
            {
                return new ReportCommand(words.Length > phrase.Length ? words[^1] : null, language);
            }
        }

        return null;
    }
}
