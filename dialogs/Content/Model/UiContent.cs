using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Content.Model;

/// <summary>Commands and UI messages. Message templates use {name} placeholders.</summary>
internal sealed record UiContent(IReadOnlyList<CommandDefinition> Commands, IReadOnlyDictionary<string, LocalText> Messages)
{
    public string Text(string key, Language language) => Messages[key][language];

    public string Format(string key, Language language, params (string Name, object Value)[] values)
    {
        var text = Text(key, language);
        foreach (var (name, value) in values)
        {
            text = text.Replace("{" + name + "}", Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        }

        return text;
    }
}
