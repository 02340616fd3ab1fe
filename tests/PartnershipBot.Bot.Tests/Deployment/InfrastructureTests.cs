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
            ["'MicrosoftAppType'", "'MicrosoftAppId'", "'MicrosoftAppTenantId'", "'MicrosoftAppPassword'", "'Storage__DataDirectory'",
                "'Storage__Provider', value: 'Postgres'", "'ConnectionStrings__Postgres'", "'Storage__Postgres__UseEntraAuthentication', value: 'true'",
                "'Storage__Postgres__ManagedIdentityClientId'", "'Reports__SigningKey'", "'APPLICATIONINSIGHTS_CONNECTION_STRING'", "'Rounds__Admins__${i}'"],
            setting => Assert.Contains(setting, template, StringComparison.Ordinal));
        Assert.Contains("@Microsoft.KeyVault(", template, StringComparison.Ordinal);
        Assert.Contains("/api/messages", template, StringComparison.Ordinal);
        Assert.Contains("'MsTeamsChannel'", template, StringComparison.Ordinal);
    }

    [Fact]
    public void MainTemplate_ProductionShape_PostgresEntraBackupsMonitoringHealthAndScaleOut()
    {
        var template = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "deployment", "infra", "main.bicep"));

        Assert.Contains("'Microsoft.DBforPostgreSQL/flexibleServers@", template, StringComparison.Ordinal);
        Assert.Contains("passwordAuth: 'Disabled'", template, StringComparison.Ordinal);
        Assert.Contains("activeDirectoryAuth: 'Enabled'", template, StringComparison.Ordinal);
        Assert.Contains("backupRetentionDays: backupRetentionDays", template, StringComparison.Ordinal);
        Assert.Contains("geoRedundantBackup: geoRedundantBackup ? 'Enabled' : 'Disabled'", template, StringComparison.Ordinal);
        Assert.Contains("objectId: identity.properties.principalId", template, StringComparison.Ordinal);
        Assert.Contains("'Microsoft.Insights/components@", template, StringComparison.Ordinal);
        Assert.Contains("WorkspaceResourceId: logs.id", template, StringComparison.Ordinal);
        Assert.Contains("healthCheckPath: '/health/ready'", template, StringComparison.Ordinal);
        Assert.Contains("param instanceCount int = 2", template, StringComparison.Ordinal);
        Assert.Contains("capacity: instanceCount", template, StringComparison.Ordinal);
        // The production path never puts a database on App Service's /home (an SMB share).
        Assert.DoesNotContain("/home/data", template, StringComparison.Ordinal);
        Assert.Contains("'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'false'", template, StringComparison.Ordinal);
    }
}
