namespace PartnershipBot.Bot.Tests.Deployment;

/// <summary>
/// The Bicep template compiles and lints without a single warning under the Bicep CLI (fetched from
/// NuGet by deployment/infra/check.sh), and a misspelt property does produce one. Nothing is deployed.
/// </summary>
[Collection(DeploymentCollection.Name)]
public sealed class InfrastructureTests : IDisposable
{
    private static readonly string CheckScript = Path.Combine(RepositoryPaths.Root, "deployment", "infra", "check.sh");
    private readonly string scratch = Directory.CreateTempSubdirectory("pb-bicep-").FullName;

    public void Dispose() => Directory.Delete(scratch, recursive: true);

    [BashFact]
    public async Task MainTemplate_BicepBuildAndLint_AreClean()
    {
        var run = await ExternalProcess.RunAsync("bash", [CheckScript], RepositoryPaths.Root);

        Assert.True(run.ExitCode == 0, run.StandardError);
        Assert.Contains("compiles and lints cleanly", run.StandardOutput, StringComparison.Ordinal);
    }

    [BashFact]
    public async Task TemplateWithMisspeltBotProperty_Check_Fails()
    {
        var template = await File.ReadAllTextAsync(Path.Combine(RepositoryPaths.Root, "deployment", "infra", "main.bicep"));
        var broken = Path.Combine(scratch, "broken.bicep");
        await File.WriteAllTextAsync(broken, template.Replace("msaAppTenantId:", "msaAppTenantID:", StringComparison.Ordinal));

        var run = await ExternalProcess.RunAsync("bash", [CheckScript, broken], RepositoryPaths.Root);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("msaAppTenantID", run.StandardError, StringComparison.Ordinal);
    }

    [Fact]
    public void MainTemplate_AppSettings_NameEverySettingTheBotReads()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deployment", "infra", "main.bicep"));

        Assert.All(
            ["'MicrosoftAppType'", "'MicrosoftAppId'", "'MicrosoftAppTenantId'", "'MicrosoftAppPassword'", "'Storage__DataDirectory'"],
            setting => Assert.Contains(setting, template, StringComparison.Ordinal));
        Assert.Contains("@Microsoft.KeyVault(", template, StringComparison.Ordinal);
        Assert.Contains("/api/messages", template, StringComparison.Ordinal);
        Assert.Contains("'MsTeamsChannel'", template, StringComparison.Ordinal);
    }
}
