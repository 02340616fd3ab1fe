using System.Net;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Health;

/// <summary>Readiness follows the real PostgreSQL server: down within seconds, back without a restart.</summary>
public sealed class PostgresReadinessTests
{
    private static readonly TimeSpan WithinSeconds = TimeSpan.FromSeconds(10);

    [SkippableFact]
    public async Task Ready_DatabaseStoppedAndStartedAgain_503NamingStorageThen200WithoutRestart()
    {
        await using var cluster = await PrivatePostgresCluster.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["ConnectionStrings:Postgres"] = cluster.ConnectionString,
        });
        await HealthProbe.WaitForAsync(host.Client, "/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(30));

        await cluster.StopServerAsync();
        var (down, tookDown) = await HealthProbe.WaitForAsync(host.Client, "/health/ready", HttpStatusCode.ServiceUnavailable, WithinSeconds);
        var (live, _) = await HealthProbe.GetAsync(host.Client, "/health/live");
        await cluster.StartServerAsync();
        var (up, tookUp) = await HealthProbe.WaitForAsync(host.Client, "/health/ready", HttpStatusCode.OK, WithinSeconds);

        Assert.Contains("storage", down["failed"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Equal("The database did not answer a query.", down["checks"]!["storage"]!["reason"]!.GetValue<string>());
        Assert.DoesNotContain("127.0.0.1", down.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal("Healthy", up["status"]!.GetValue<string>());
        Assert.True(tookDown < WithinSeconds && tookUp < WithinSeconds);
    }
}
