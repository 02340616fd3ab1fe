using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// Makes a sample card and the host's wire card comparable: only what really varies between two runs is
/// replaced — ids the host generates (a GUID without dashes, a check id from the clock) and the days and
/// moments it takes from its clock or the form. Everything a user reads besides those stays as it is.
/// </summary>
internal static partial class WireCardNormaliser
{
    public static string Normalise(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var json = Moments().Replace(card.ToJsonString(), "MOMENT");
        json = LongDates().Replace(json, "DATE");
        json = Dates().Replace(json, "DATE");
        return CheckIds().Replace(Ids().Replace(json, "ID"), "CHECK-ID");
    }

    // A round id, reminder id or action id.
    [GeneratedRegex(@"\b[0-9a-f]{32}\b")]
    private static partial Regex Ids();

    [GeneratedRegex(@"\b(?:quick|full)-\d{14}-\d+\b")]
    private static partial Regex CheckIds();

    // "maandag 7 december 2026 om 09:00", "woensdag 16 december 2026 om 16:00", "Wednesday 16 December 2026 at 16:00".
    [GeneratedRegex(@"\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \p{L}+ \d{4} (?:(?:om|at) )?\d{2}:\d{2}\b")]
    private static partial Regex Moments();

    // "7 december 2026", "7 December 2026" (an action's due day, a check's date).
    [GeneratedRegex(@"(?<!\d)\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|January|February|March|April|May|June|July|August|September|October|November|December) \d{4}(?!\d)")]
    private static partial Regex LongDates();

    // Numeric 27-11-2026 or 27/11/2026 (cards no longer show them; kept for older samples); not \b: in the JSON a date can follow an escaped newline ("\n27-11-2026").
    [GeneratedRegex(@"(?<!\d)\d{1,2}[-/]\d{1,2}[-/]\d{4}(?!\d)")]
    private static partial Regex Dates();
}
