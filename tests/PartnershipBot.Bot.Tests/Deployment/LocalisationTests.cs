using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Deployment;

[Collection(DeploymentCollection.Name)]
public sealed class LocalisationTests(ManifestValidators validators)
{
    private static readonly string DutchFile = Path.Combine(RepositoryPaths.ManifestFolder, "nl.json");

    public static TheoryData<string, string, string> BrokenDutchFiles => new()
    {
        { "bots[0].commandLists[0].commands[0].titel", "x", "not a localisable key" },
        { "bots[0].commandLists[0].commands[0].title", new string('x', 33), "longer than 32" },
        { "bots[0].commandLists[2].commands[0].title", "x", "no such command in the manifest" },
        { "description.short", new string('x', 81), "longer than 80" },
        { "description.full", "Met een paar vragen bekijkt de bot vanuit jouw rol hoe het gaat.", "informal 'je/jij/jouw' (write 'u/uw')" },
    };

    [Fact]
    public void Manifest_LocalizationInfo_NamesTheDutchFile()
    {
        var info = BrokenManifests.Committed()["localizationInfo"]!;
        var dutch = info["additionalLanguages"]!.AsArray().Single()!;

        Assert.Equal("en-us", info["defaultLanguageTag"]!.GetValue<string>());
        Assert.Equal("nl", dutch["languageTag"]!.GetValue<string>());
        Assert.True(File.Exists(Path.Combine(RepositoryPaths.ManifestFolder, dutch["file"]!.GetValue<string>())));
    }

    [Fact]
    public void DutchFile_Rules_AreMet()
    {
        Assert.Empty(LocalisationRules.Check(Dutch(), BrokenManifests.Committed()));
    }

    [Theory]
    [MemberData(nameof(BrokenDutchFiles))]
    public void DutchFile_WithOneMistake_IsRejected(string key, string value, string expectedProblem)
    {
        var strings = Dutch();
        strings[key] = value;

        Assert.Contains($"{key}: {expectedProblem}", LocalisationRules.Check(strings, BrokenManifests.Committed()));
    }

    [Fact]
    public void DutchFile_WithoutFullDescription_IsRejected()
    {
        var strings = Dutch();
        strings.Remove("description.full");

        Assert.Contains("description.full: required", LocalisationRules.Check(strings, BrokenManifests.Committed()));
    }

    [Fact]
    public void DutchFile_Commands_TranslateEveryCommandTitleAndDescription()
    {
        var strings = Dutch();
        var lists = BrokenManifests.Committed()["bots"]![0]!["commandLists"]!.AsArray();
        var expected = lists.SelectMany((list, i) => list!["commands"]!.AsArray().SelectMany((_, j) => new[]
        {
            $"bots[0].commandLists[{i}].commands[{j}].title",
            $"bots[0].commandLists[{i}].commands[{j}].description",
        }));

        Assert.All(expected, key => Assert.True(strings.ContainsKey(key), key + " is not translated"));
        Assert.True(strings.ContainsKey("name.full"));
    }

    [Fact]
    public async Task DutchFile_AppliedToManifest_StillMatchesTheSchema()
    {
        var localised = LocalisationRules.Apply(Dutch(), BrokenManifests.Committed());

        var verdict = await validators.ValidateWithAjvAsync(localised.ToJsonString());

        Assert.True(verdict.Valid, verdict.ToString());
        Assert.Equal("verwijder mijn gegevens", localised["bots"]![0]!["commandLists"]![0]!["commands"]![6]!["title"]!.GetValue<string>());
    }

    internal static JsonObject Dutch() => JsonNode.Parse(File.ReadAllText(DutchFile))!.AsObject();
}
