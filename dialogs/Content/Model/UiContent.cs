using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>
/// Commands, the command table (engine and host commands with their scopes), small talk and UI messages.
/// Messages are ICU-style templates (see docs/texts.md), parsed at load.
/// </summary>
internal sealed record UiContent(
    IReadOnlyList<CommandDefinition> Commands,
    IReadOnlyDictionary<string, LocalTemplate> Messages,
    IReadOnlyList<CommandEntry> CommandTable,
    IReadOnlyList<SmallTalkRule> SmallTalk)
{
    /// <summary>A message without arguments; one that needs arguments throws (use <see cref="Format"/>).</summary>
    public string Text(string key, Language language) => Messages[key][language].Format();

    public string Format(string key, Language language, params (string Name, object Value)[] values) =>
        Messages[key][language].Format(values);
}
