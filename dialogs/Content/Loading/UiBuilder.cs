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
        var table = new List<CommandEntry>();
        foreach (var (command, index) in (dto.Commands ?? []).Select((c, i) => (c, i)))
        {
            var id = problems.Id(command.Id, $"ui: commands[{index}]");
            CommandId? engineId = null;
            if (!command.Host)
            {
                if (!Enum.TryParse<CommandId>(id, ignoreCase: true, out var parsed))
                {
                    problems.Add($"ui: unknown command '{id}' (a command the host handles needs \"host\": true)");
                    continue;
                }

                engineId = parsed;
            }

            var nl = Words(command, "nl", id, problems);
            var en = Words(command, "en", id, problems);
            var help = command.Help is null ? null : problems.Text(command.Help, $"ui: command '{id}' help");
            var sharedHelp = command.SharedHelp is null ? null : problems.Text(command.SharedHelp, $"ui: command '{id}' sharedHelp");
            if (command.Host && help is null)
            {
                problems.Add($"ui: host command '{id}' needs a help line: it exists only to be listed");
            }

            table.Add(new CommandEntry(id, engineId, nl, en, help, sharedHelp, Scopes(command, id, problems)));
            if (engineId is { } known)
            {
                commands.Add(new CommandDefinition(known, nl, en, help));
            }
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

        // A host command's words must not also start an engine command, or the table would lie about which one runs.
        foreach (var entry in table.Where(e => e.Engine is null))
        {
            foreach (var word in entry.WordsNl.Concat(entry.WordsEn).Select(TextNormalizer.Normalize).Where(owners.ContainsKey))
            {
                problems.Add($"ui: the host command '{entry.Name}' uses '{word}', a word of '{owners[word]}'");
            }
        }

        var smallTalk = new List<SmallTalkRule>();
        foreach (var (rule, index) in (dto.SmallTalk ?? []).Select((r, i) => (r, i)))
        {
            var reply = problems.Id(rule.Reply, $"ui: smallTalk[{index}]");
            var words = (rule.Words ?? []).Values.SelectMany(w => w).Where(w => !string.IsNullOrWhiteSpace(w)).ToList();
            if (words.Count == 0)
            {
                problems.Add($"ui: smallTalk '{reply}' has no words");
            }

            foreach (var word in words.Select(TextNormalizer.Normalize).Where(owners.ContainsKey))
            {
                problems.Add($"ui: small talk '{word}' is also the command '{owners[word]}'");
            }

            if (dto.Messages?.ContainsKey(reply) != true)
            {
                problems.Add($"ui: smallTalk reply '{reply}' is no message");
            }

            smallTalk.Add(new SmallTalkRule(reply, words));
        }

        CheckAnswersAreNotCommands(banks, owners, problems);
        var messages = new Dictionary<string, LocalTemplate>(StringComparer.Ordinal);
        foreach (var key in UiKeys.All.Concat(smallTalk.Select(r => r.ReplyKey)).Distinct(StringComparer.Ordinal))
        {
            var text = dto.Messages is not null && dto.Messages.TryGetValue(key, out var found) ? found : null;
            messages[key] = Templates.Build(problems.Text(text, $"ui: message '{key}'"), $"ui: message '{key}'", problems);
        }

        return new UiContent(commands, messages, table, smallTalk);
    }

    private static HashSet<CommandScope> Scopes(CommandDto command, string id, Problems problems)
    {
        var scopes = new HashSet<CommandScope>();
        foreach (var scope in command.Scopes ?? ["personal"])
        {
            if (Enum.TryParse<CommandScope>(scope, ignoreCase: true, out var parsed))
            {
                scopes.Add(parsed);
            }
            else
            {
                problems.Add($"ui: command '{id}' has the unknown scope '{scope}' (use 'personal' or 'shared')");
            }
        }

        return scopes;
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
