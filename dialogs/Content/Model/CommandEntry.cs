using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>
/// One row of the command table in ui.json, the single source of the help cards and of the suggestions
/// after text the bot did not understand. <see cref="Engine"/> is null for a command the host handles
/// before the engine (reminders, rounds); <see cref="SharedHelp"/> replaces the help line in a shared chat.
/// </summary>
internal sealed record CommandEntry(
    string Name,
    CommandId? Engine,
    IReadOnlyList<string> WordsNl,
    IReadOnlyList<string> WordsEn,
    LocalText? Help,
    LocalText? SharedHelp,
    IReadOnlySet<CommandScope> Scopes)
{
    public IReadOnlyList<string> Words(Language language) => language == Language.Nl ? WordsNl : WordsEn;

    public string? HelpIn(CommandScope scope, Language language) =>
        (scope == CommandScope.Shared ? SharedHelp ?? Help : Help)?[language];
}
