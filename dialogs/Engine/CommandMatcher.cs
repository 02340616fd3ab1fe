using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Recognises command words in either language, tolerant of case, accents and small typos.</summary>
internal sealed class CommandMatcher
{
    private readonly PhraseMatcher<CommandDefinition> _matcher;
    private readonly PhraseMatcher<CommandDefinition> _dutch;
    private readonly PhraseMatcher<CommandDefinition> _english;

    public CommandMatcher(UiContent ui)
    {
        _matcher = new PhraseMatcher<CommandDefinition>(
            ui.Commands.SelectMany(c => c.WordsNl.Concat(c.WordsEn).Select(w => (w, c))));
        _dutch = new PhraseMatcher<CommandDefinition>(ui.Commands.SelectMany(c => c.WordsNl.Select(w => (w, c))));
        _english = new PhraseMatcher<CommandDefinition>(ui.Commands.SelectMany(c => c.WordsEn.Select(w => (w, c))));
    }

    public CommandId? Exact(string text) => _matcher.Exact(text)?.Id;

    public CommandId? Fuzzy(string text) => _matcher.Fuzzy(text)?.Id;

    /// <summary>
    /// The language of a typed command of several words that belong to one language only ("snelle check"
    /// is Dutch, "quick check" English): people often run Teams in English but chat in Dutch. Single words
    /// ("check", "stop", "back", "hallo") are used across languages and tell nothing.
    /// </summary>
    public Language? LanguageOf(string text)
    {
        if (!TextNormalizer.Normalize(text).Contains(' ', StringComparison.Ordinal))
        {
            return null;
        }

        var nl = _dutch.Exact(text) is not null;
        var en = _english.Exact(text) is not null;
        return nl == en ? null : nl ? Language.Nl : Language.En;
    }
}
