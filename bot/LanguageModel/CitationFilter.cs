using System.Text;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// Takes the model's streamed pieces and passes on only what a reader should see: inline citations ("[patient.do.1]")
/// are internal passage ids, so they are held back until they close and then dropped, with the space before them.
/// The answer's final text is cleaned the same way (<see cref="AnswerCheck.Readable"/>); the card names the lessons.
/// </summary>
internal sealed class CitationFilter
{
    private readonly StringBuilder _raw = new();
    private int _shown;

    /// <returns>The new text that is safe to show now (possibly empty).</returns>
    public string Push(string piece)
    {
        ArgumentNullException.ThrowIfNull(piece);
        _raw.Append(piece);
        var raw = _raw.ToString();
        // An unclosed '[' may still become a citation; the whitespace before it (or at the end) may go with one.
        var open = raw.LastIndexOf('[');
        var settled = open >= 0 && raw.IndexOf(']', open) < 0 ? raw[..open] : raw;
        var safe = AnswerCheck.Readable(settled.TrimEnd());
        if (safe.Length <= _shown)
        {
            return string.Empty;
        }

        var added = safe[_shown..];
        _shown = safe.Length;
        return added;
    }
}
