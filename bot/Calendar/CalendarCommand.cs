using System.Globalization;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Calendar;

/// <summary>
/// <c>agenda [naam] [jaar]</c> / <c>calendar [name] [year]</c>: the whole first word, then an optional
/// partnership name and an optional four-digit year at the end.
/// </summary>
internal sealed record CalendarCommand(string? PartnershipName, int? Year, Language Language)
{
    public static CalendarCommand? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (words.Length == 0)
        {
            return null;
        }

        Language? language = words[0].ToLowerInvariant() switch
        {
            "agenda" or "kalender" or "planning" => Language.Nl,
            "calendar" => Language.En,
            _ => null,
        };
        if (language is null)
        {
            return null;
        }

        var rest = words.Skip(1).ToList();
        int? year = null;
        if (rest.Count > 0 && rest[^1].Length == 4 && int.TryParse(rest[^1], NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100)
        {
            year = y;
            rest.RemoveAt(rest.Count - 1);
        }

        return new CalendarCommand(rest.Count == 0 ? null : string.Join(' ', rest), year, language.Value);
    }
}
