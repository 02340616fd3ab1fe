using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Parses a content text in both languages as a <see cref="MessageTemplate"/>; a broken one is a load problem, not a crash later.</summary>
internal static class Templates
{
    public static LocalTemplate Build(LocalText text, string where, Problems problems)
    {
        var nl = Parse(text.Nl, Language.Nl, where, problems);
        var en = Parse(text.En, Language.En, where, problems);
        var nlArguments = nl.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var enArguments = en.Arguments.OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        if (!nlArguments.SequenceEqual(enArguments))
        {
            problems.Add($"{where}: nl and en must use the same arguments ({Describe(nlArguments)} vs {Describe(enArguments)})");
        }

        return new LocalTemplate(nl, en);
    }

    private static MessageTemplate Parse(string text, Language language, string where, Problems problems)
    {
        try
        {
            return MessageTemplate.Parse(text, language);
        }
        catch (FormatException exception)
        {
            problems.Add($"{where}.{language.ToString().ToLowerInvariant()}: {exception.Message}");
            return MessageTemplate.Parse(string.Empty, language);
        }
    }

    private static string Describe(List<KeyValuePair<string, TemplateArgumentKind>> arguments) =>
        arguments.Count == 0 ? "none" : string.Join(", ", arguments.Select(a => $"{a.Key}:{a.Value.ToString().ToLowerInvariant()}"));
}
