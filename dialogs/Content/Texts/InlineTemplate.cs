using System.Collections.Concurrent;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Texts;

/// <summary>
/// The message templates' plural mechanism for the few features whose wording still lives in code (rounds,
/// reports): the same ICU syntax and rule as ui.json, so "{n, plural, one {# deelnemer} other {# deelnemers}}"
/// never reads "1 deelnemers". Each source is parsed once.
/// </summary>
public static class InlineTemplate
{
    private static readonly ConcurrentDictionary<(string Source, Language Language), MessageTemplate> Parsed = new();

    public static string Format(Language language, string nl, string en, params (string Name, object Value)[] values)
    {
        var source = language == Language.Nl ? nl : en;
        return Parsed.GetOrAdd((source, language), key => MessageTemplate.Parse(key.Source, key.Language)).Format(values);
    }
}
