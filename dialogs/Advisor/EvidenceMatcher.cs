using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>Whether a quoted phrase really occurs in a text, as whole words (case, accents and punctuation aside).</summary>
public static class EvidenceMatcher
{
    public static bool Occurs(string phrase, string text)
    {
        ArgumentNullException.ThrowIfNull(phrase);
        ArgumentNullException.ThrowIfNull(text);
        var needle = TextNormalizer.Normalize(phrase).Replace('?', ' ').Trim();
        var haystack = " " + TextNormalizer.Normalize(text).Replace('?', ' ') + " ";
        return needle.Length >= 3 && haystack.Contains(" " + needle + " ", StringComparison.Ordinal);
    }
}
