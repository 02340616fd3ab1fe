using PartnershipBot.Dialogs.Content.Model;
using PartnershipBot.Dialogs.Content.Texts;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Content.Loading;

/// <summary>Builds ui.json: every command and message the code needs, in both languages, with no clashing words.</summary>
internal static class UiBuilder
{
    public static UiContent Build(UiFileDto dto, IReadOnlyList<ItemBank> banks, Problems problems)
    {
        var commands = new List<CommandDefinition>();
        foreach (var (command, index) in (dto.Commands ?? []).Select((c, i) => (c, i)))
        {
            var id = problems.Id(command.Id, $"ui: commands[{index}]");
            if (!Enum.TryParse<CommandId>(id, ignoreCase: true, out var commandId))
            {
                problems.Add($"ui: unknown command '{id}'");
                continue;
            }

            var nl = Words(command, "nl", id, problems);
            var en = Words(command, "en", id, problems);
            var help = command.Help is null ? null : problems.Text(command.Help, $"ui: command '{id}' help");
            commands.Add(new CommandDefinition(commandId, nl, en, help));
        }

        foreach (var missing in Enum.GetValues<CommandId>().Where(c => commands.All(d => d.Id != c)))
        {
            problems.Add($"ui: command '{missing}' has no words");
        }

        var owners = new Dictionary<string, CommandId>(StringComparer.Ordinal);
        foreach (var command in commands)
        {
            foreach (var word in command.WordsNl.Concat(command.WordsEn).Select(TextNormalizer.Normalize).Distinct())
            {
                if (owners.TryGetValue(word, out var other) && other != command.Id)
                {
                    problems.Add($"ui: the word '{word}' triggers both '{other}' and '{command.Id}'");
                }

                owners[word] = command.Id;
            }
        }

        CheckAnswersAreNotCommands(banks, owners, problems);
        var messages = new Dictionary<string, LocalTemplate>(StringComparer.Ordinal);
        foreach (var key in UiKeys.All)
        {
            var text = dto.Messages is not null && dto.Messages.TryGetValue(key, out var found) ? found : null;
            messages[key] = Templates.Build(problems.Text(text, $"ui: message '{key}'"), $"ui: message '{key}'", problems);
        }

        return new UiContent(commands, messages);
    }

    private static List<string> Words(CommandDto command, string language, string id, Problems problems)
    {
        var words = command.Words is not null && command.Words.TryGetValue(language, out var found) ? found : [];
        if (words.Count == 0 || words.Any(string.IsNullOrWhiteSpace))
        {
            problems.Add($"ui: command '{id}' needs words in '{language}'");
        }

        return words;
    }

    // A typed answer must never be mistaken for a command (commands are matched first).
    private static void CheckAnswersAreNotCommands(IReadOnlyList<ItemBank> banks, Dictionary<string, CommandId> owners, Problems problems)
    {
        var items = banks.SelectMany(b => b.ContextItems.Concat(b.Items));
        foreach (var item in items)
        {
            foreach (var option in item.Scale.Options)
            {
                foreach (var phrase in option.Synonyms.Append(option.Label.Nl).Append(option.Label.En).Select(TextNormalizer.Normalize))
                {
                    if (owners.TryGetValue(phrase, out var command))
                    {
                        problems.Add($"item '{item.Id}': answer '{phrase}' is also the command '{command}'");
                    }
                }
            }
        }
    }
}
