namespace PartnershipBot.Dialogs.Conversation;

/// <summary>How a language is chosen when the user has not chosen one.</summary>
public static class Languages
{
    /// <summary>nl, nl-NL, nl-BE → Dutch; any other locale → English; none → Dutch (the product's first language).</summary>
    public static Language FromLocale(string? locale) =>
        string.IsNullOrWhiteSpace(locale) || locale.StartsWith("nl", StringComparison.OrdinalIgnoreCase) ? Language.Nl : Language.En;

    /// <summary>The culture the bot formats dates in for <paramref name="language"/>.</summary>
    public static string Culture(Language language) => language == Language.En ? "en-GB" : "nl-NL";
}
