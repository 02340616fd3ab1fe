namespace PartnershipBot.Bot.Tests.Deployment;

[Collection(DeploymentCollection.Name)]
public sealed class ManifestSchemaTests(ManifestValidators validators)
{
    private const string NilGuid = "00000000-0000-0000-0000-000000000000";

    public static TheoryData<string, string> AjvRejections => new()
    {
        { BrokenManifests.OldManifestVersion, "/manifestVersion const" },
        { BrokenManifests.NoDeveloper, "'developer'" },
        { BrokenManifests.MeetingScope, "/bots/0/scopes/1 enum" },
        { BrokenManifests.MisspeltBotId, "'botId'" },
        { BrokenManifests.BotIdNotGuid, "/bots/0/botId pattern" },
        { BrokenManifests.NoAccentColor, "'accentColor'" },
    };

    // NJsonSchema catches everything above except the const on manifestVersion; see the last test.
    public static TheoryData<string, string> NJsonSchemaRejections => new()
    {
        { BrokenManifests.NoDeveloper, "#/developer PropertyRequired" },
        { BrokenManifests.MeetingScope, "#/bots[0].scopes[1] NotInEnumeration" },
        { BrokenManifests.MisspeltBotId, "#/bots[0].botId PropertyRequired" },
        { BrokenManifests.BotIdNotGuid, "#/bots[0].botId PatternMismatch" },
        { BrokenManifests.NoAccentColor, "#/accentColor PropertyRequired" },
    };

    [Fact]
    public async Task CommittedManifest_Ajv_IsValid()
    {
        var verdict = await validators.ValidateWithAjvAsync(File.ReadAllText(RepositoryPaths.ManifestFile));

        Assert.True(verdict.Valid, verdict.ToString());
    }

    [Fact]
    public void CommittedManifest_NJsonSchema_IsValid()
    {
        var verdict = validators.ValidateWithNJsonSchema(File.ReadAllText(RepositoryPaths.ManifestFile));

        Assert.True(verdict.Valid, verdict.ToString());
    }

    [Theory]
    [MemberData(nameof(AjvRejections))]
    public async Task BrokenManifest_Ajv_IsRejectedForThatMistake(string mistake, string expectedError)
    {
        var verdict = await validators.ValidateWithAjvAsync(BrokenManifests.Create(mistake));

        Assert.False(verdict.Valid);
        Assert.Contains(verdict.Errors, e => e.Contains(expectedError, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(NJsonSchemaRejections))]
    public void BrokenManifest_NJsonSchema_IsRejectedForThatMistake(string mistake, string expectedError)
    {
        var verdict = validators.ValidateWithNJsonSchema(BrokenManifests.Create(mistake));

        Assert.False(verdict.Valid);
        Assert.Contains(expectedError, verdict.Errors);
    }

    [Fact]
    public void OldManifestVersion_NJsonSchema_SlipsThrough()
    {
        // Why ajv runs too: NJsonSchema 11.6.2 reads the schema as draft-04 and ignores `const`.
        // If this starts failing, NJsonSchema learnt `const` and could carry the check alone.
        var verdict = validators.ValidateWithNJsonSchema(BrokenManifests.Create(BrokenManifests.OldManifestVersion));

        Assert.True(verdict.Valid);
    }

    [Fact]
    public void CommittedManifest_Ids_ArePlaceholdersForThePackageScript()
    {
        var manifest = BrokenManifests.Committed();

        Assert.Equal(NilGuid, manifest["id"]!.GetValue<string>());
        Assert.Equal(NilGuid, manifest["bots"]![0]!["botId"]!.GetValue<string>());
    }

    [Fact]
    public void CommittedManifest_Bot_OffersAllThreeChatScopesAndNoFiles()
    {
        var bot = BrokenManifests.Committed()["bots"]![0]!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["supportsFiles"]!.GetValue<bool>());
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
    }

    [Fact]
    public void CommittedManifest_Commands_FitTeamsCommandMenuLimits()
    {
        // The manifest schema allows 128/4000 characters, but Teams' command menu (and the
        // localisation schema) stop at 32 for a title and 128 for a description.
        var commands = BrokenManifests.Committed()["bots"]![0]!["commandLists"]!.AsArray()
            .SelectMany(list => list!["commands"]!.AsArray())
            .Select(c => c!.AsObject())
            .ToList();

        Assert.NotEmpty(commands);
        Assert.All(commands, c => Assert.InRange(c["title"]!.GetValue<string>().Length, 1, 32));
        Assert.All(commands, c => Assert.InRange(c["description"]!.GetValue<string>().Length, 1, 128));
    }

    [Fact]
    public void CommittedManifest_PersonalCommands_CoverChecksHistoryRemindersPrivacyAndHelp()
    {
        var personal = BrokenManifests.Committed()["bots"]![0]!["commandLists"]!.AsArray()
            .Single(list => list!["scopes"]!.AsArray().Any(s => s!.GetValue<string>() == "personal"))!;

        var titles = personal["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>());

        Assert.Equal(["quick check", "full check", "history", "reminders", "follow-up", "privacy", "delete my data", "help"], titles);
    }
}
