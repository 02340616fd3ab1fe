using System.Text.RegularExpressions;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// Removes what could identify a person before text leaves the bot: e-mail addresses, phone numbers and names.
/// Names are not recognisable with certainty, so the rule is broad on purpose: a capitalised word that does not
/// start a sentence, with the name particles before it ("De Vries", "van der Berg"), becomes a placeholder. That
/// also removes place names; acronyms (GR, AB, ICT) stay. Better a missing place than a name that left the bot.
/// </summary>
internal static partial class PersonalDataScrubber
{
    public const string Email = "[e-mail]";
    public const string Phone = "[telefoon]";
    public const string Name = "[naam]";

    public static string Scrub(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var scrubbed = EmailPattern().Replace(text, Email);
        // Nine digits or more: a phone number; amounts such as 1.500.000 have fewer and stay.
        scrubbed = PhonePattern().Replace(scrubbed, match => match.Value.Count(char.IsAsciiDigit) >= 9 ? Phone : match.Value);
        scrubbed = NamePattern().Replace(scrubbed, Name);
        scrubbed = LeadingNamePattern().Replace(scrubbed, Name);
        return CollapsedNames().Replace(scrubbed, Name);
    }

    [GeneratedRegex(@"[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex EmailPattern();

    // +31 6 12345678, 06-12345678, 020 123 4567, (030) 123 45 67: nine or more digits with separators.
    [GeneratedRegex(@"(?<!\w)(\+|00)?\(?\d[\d\s().-]{7,}\d(?!\w)", RegexOptions.CultureInvariant)]
    private static partial Regex PhonePattern();

    // A capitalised word (then lower case letters) that follows a word or comma, not a sentence end; with any
    // lower- or upper-case name particles before it.
    [GeneratedRegex(@"(?<=[\p{Ll}\p{N},;:)]\s+)(?:(?:[Vv]an|[Dd]e|[Dd]er|[Dd]en|[Tt]er|[Tt]en|[Vv]on|[Ll]a|[Ll]e)\s+)*\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?", RegexOptions.CultureInvariant)]
    private static partial Regex NamePattern();

    // A capitalised word that starts a sentence but is followed by another name part ("Jan de Vries", "Anna Bakker").
    [GeneratedRegex(@"\b\p{Lu}\p{Ll}+(?=\s+(?:(?:van|de|der|den|ter|ten)\s+)*(?:\p{Lu}\p{Ll}+|\[naam\]))", RegexOptions.CultureInvariant)]
    private static partial Regex LeadingNamePattern();

    [GeneratedRegex(@"\[naam\](?:\s+\[naam\])+", RegexOptions.CultureInvariant)]
    private static partial Regex CollapsedNames();
}
