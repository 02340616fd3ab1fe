using PartnershipBot.Dialogs.Content.Model;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>Recognises command words in either language, tolerant of case, accents and small typos.</summary>
internal sealed class CommandMatcher
{
    private readonly PhraseMatcher<CommandDefinition> _matcher;

    public CommandMatcher(UiContent ui)
    {
        _matcher = new PhraseMatcher<CommandDefinition>(
            ui.Commands.SelectMany(c => c.WordsNl.Concat(c.WordsEn).Select(w => (w, c))));
    }

    public CommandId? Exact(string text) => _matcher.Exact(text)?.Id;

    public CommandId? Fuzzy(string text) => _matcher.Fuzzy(text)?.Id;
}
