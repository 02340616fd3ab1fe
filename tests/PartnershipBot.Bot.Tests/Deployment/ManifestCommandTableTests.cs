using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Content.Model;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The manifest's command menus promise only what the bot does where they are shown: every title is a
/// word of a command in ui.json's command table that works in that scope (personal, or team/group chat).
/// </summary>
public sealed class ManifestCommandTableTests
{
    private static readonly IReadOnlyList<CommandEntry> Table = ContentCatalog.LoadEmbedded().Ui.CommandTable;

    /// <summary>One row per title in each manifest language: the row names its file, so a title spelt the same in both ("help") is two rows, not a skipped duplicate.</summary>
    public static TheoryData<string, int, string, string> Titles()
    {
        var data = new TheoryData<string, int, string, string>();
        var manifest = BrokenManifests.Committed();
        var dutch = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.ManifestFolder, "nl.json")))!.AsObject();
        var lists = manifest["bots"]![0]!["commandLists"]!.AsArray();
        for (var i = 0; i < lists.Count; i++)
        {
            var scopes = string.Join(",", lists[i]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
            var commands = lists[i]!["commands"]!.AsArray();
            for (var j = 0; j < commands.Count; j++)
            {
                data.Add(scopes, i, "manifest.json", commands[j]!["title"]!.GetValue<string>());
                data.Add(scopes, i, "nl.json", dutch[$"bots[0].commandLists[{i}].commands[{j}].title"]!.GetValue<string>());
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Titles))]
    public void ManifestCommand_IsACommandThatWorksInThatScope(string scopes, int list, string file, string title)
    {
        var scope = scopes == "personal" ? CommandScope.Personal : CommandScope.Shared;

        var entry = Table.FirstOrDefault(c => c.WordsNl.Concat(c.WordsEn).Contains(title, StringComparer.OrdinalIgnoreCase));

        Assert.True(entry is not null, $"'{title}' ({file}, list {list}) is no command in ui.json");
        Assert.True(entry!.Scopes.Contains(scope), $"'{title}' ({file}) is listed for {scopes} but works only in {string.Join(", ", entry.Scopes)}");
    }
}
