using System.IO.Compression;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>Runs deployment/package.sh as a user would and inspects the zip it leaves behind.</summary>
[Collection(DeploymentCollection.Name)]
public sealed class PackageScriptTests(ManifestValidators validators) : IDisposable
{
    private const string BotAppId = "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b";
    private const string DefaultTeamsAppId = "af9c5db5-1c22-4a93-9914-860d9f841322";
    private readonly string outDir = Directory.CreateTempSubdirectory("pb-package-").FullName;

    public static TheoryData<string> InvalidAppIds => new()
    {
        "not-a-guid",
        "00000000-0000-0000-0000-000000000000",
        "6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4",
        "${{BOT_APP_ID}}",
    };

    private string ZipPath => Path.Combine(outDir, "partnershipbot-teams.zip");

    public void Dispose() => Directory.Delete(outDir, recursive: true);

    [BashFact]
    public async Task Package_WithAppId_ZipsManifestIconsAndDutchTextsAtTheRoot()
    {
        var run = await PackageAsync("--app-id", BotAppId);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Equal(ZipPath, run.StandardOutput.Trim());
        using var zip = ZipFile.OpenRead(ZipPath);
        Assert.Equal(["color.png", "manifest.json", "nl.json", "outline.png"], zip.Entries.Select(e => e.FullName).Order());
    }

    [BashFact]
    public async Task Package_WithAppId_PutsTheIdsIntoTheZippedManifest()
    {
        await PackageAsync("--app-id", BotAppId, "--skip-schema");

        var manifest = ZippedManifest();

        Assert.Equal(BotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(DefaultTeamsAppId, manifest["id"]!.GetValue<string>());
        Assert.True(validators.ValidateWithNJsonSchema(manifest.ToJsonString()).Valid);
    }

    [BashFact]
    public async Task Package_ManifestOnlyTheSchemaRejects_IsRefused()
    {
        // accentColor is not among the script's own structural checks: only the ajv step can catch it.
        var source = Path.Combine(outDir, "manifest-source");
        Directory.CreateDirectory(source);
        foreach (var file in Directory.GetFiles(RepositoryPaths.ManifestFolder))
        {
            File.Copy(file, Path.Combine(source, Path.GetFileName(file)));
        }

        var manifest = BrokenManifests.Committed();
        manifest["accentColor"] = "teal";
        await File.WriteAllTextAsync(Path.Combine(source, "manifest.json"), manifest.ToJsonString());

        var run = await PackageAsync("--app-id", BotAppId, "--manifest-dir", source);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("/accentColor", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [BashFact]
    public async Task Package_AppIdFromEnvironmentAndOptions_AreUsed()
    {
        const string teamsAppId = "0a1b2c3d-0000-4000-8000-00000000abcd";
        var env = new Dictionary<string, string?> { ["MicrosoftAppId"] = BotAppId };

        var run = await PackageAsync(env, "--teams-app-id", teamsAppId, "--version", "1.4.2", "--skip-schema");

        Assert.True(run.ExitCode == 0, run.StandardError);
        var manifest = ZippedManifest();
        Assert.Equal(BotAppId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
        Assert.Equal(teamsAppId, manifest["id"]!.GetValue<string>());
        Assert.Equal("1.4.2", manifest["version"]!.GetValue<string>());
    }

    [BashTheory]
    [MemberData(nameof(InvalidAppIds))]
    public async Task Package_InvalidAppId_FailsWithoutAZip(string appId)
    {
        var run = await PackageAsync("--app-id", appId);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("--app-id", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [BashFact]
    public async Task Package_NoAppIdAnywhere_FailsWithAHint()
    {
        var run = await PackageAsync();

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("MicrosoftAppId", run.StandardError, StringComparison.Ordinal);
        Assert.False(File.Exists(ZipPath));
    }

    [BashFact]
    public async Task Package_SameInputTwice_GivesTheSameBytes()
    {
        await PackageAsync("--app-id", BotAppId, "--skip-schema");
        var first = await File.ReadAllBytesAsync(ZipPath);

        await PackageAsync("--app-id", BotAppId, "--skip-schema");

        Assert.Equal(first, await File.ReadAllBytesAsync(ZipPath));
    }

    private Task<ProcessResult> PackageAsync(params string[] options) =>
        PackageAsync(new Dictionary<string, string?>(), options);

    private Task<ProcessResult> PackageAsync(Dictionary<string, string?> env, params string[] options)
    {
        // Start from a clean slate so a developer's own settings cannot change the outcome.
        env.TryAdd("MicrosoftAppId", null);
        env.TryAdd("TEAMS_APP_ID", null);
        return ExternalProcess.RunAsync(
            "bash", [RepositoryPaths.PackageScript, .. options, "--out", outDir], RepositoryPaths.Root, env);
    }

    private JsonObject ZippedManifest()
    {
        using var zip = ZipFile.OpenRead(ZipPath);
        using var reader = new StreamReader(zip.GetEntry("manifest.json")!.Open());
        return JsonNode.Parse(reader.ReadToEnd())!.AsObject();
    }
}
