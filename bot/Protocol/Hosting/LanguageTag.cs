using System.Text.RegularExpressions;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// The shape of a BCP 47 language tag as channels send it (<c>nl-NL</c>, <c>en-US</c>, <c>zh-Hant-TW</c>;
/// some send <c>_</c> for <c>-</c>): a 2–8 letter language and alphanumeric subtags of 1–8, at most
/// 35 characters (RFC 5646's practical limit). Not a registry check: only what is safe to copy along.
/// </summary>
internal static partial class LanguageTag
{
    public const int MaxLength = 35;

    public static bool IsWellFormed(string tag) =>
        tag.Length <= MaxLength && Shape().IsMatch(tag);

    [GeneratedRegex(@"^[A-Za-z]{2,8}(?:[-_][A-Za-z0-9]{1,8})*\z", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 100)]
    private static partial Regex Shape();
}
