using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>
/// The product's one plural rule, used by every message template (<see cref="MessageTemplate"/>) and by the
/// few texts that are still built in code. Dutch and English share the CLDR rule for whole numbers:
/// "one" for 1, "other" for everything else, 0 included ("0 valkuilen", "0 pitfalls").
/// </summary>
public static class Plural
{
    public static PluralCategory Category(Language language, long count) =>
        language switch
        {
            Language.Nl or Language.En => count == 1 ? PluralCategory.One : PluralCategory.Other,
            _ => PluralCategory.Other,
        };

    /// <summary>The form that agrees with <paramref name="count"/>: a noun ("deelnemer"/"deelnemers") or a verb ("vraagt"/"vragen").</summary>
    public static string Choose(Language language, long count, string one, string other) =>
        Category(language, count) == PluralCategory.One ? one : other;

    /// <summary>The number followed by the agreeing noun: "1 dag", "3 dagen".</summary>
    public static string Count(Language language, long count, string one, string other) =>
        string.Concat(count.ToString(System.Globalization.CultureInfo.InvariantCulture), " ", Choose(language, count, one, other));
}
