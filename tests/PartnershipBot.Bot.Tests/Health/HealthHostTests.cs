using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Hosting;
using Quartz;

namespace PartnershipBot.Bot.Tests.Health;

/// <summary>Liveness and readiness of the real host on SQLite, as a load balancer and an operator see them.</summary>
public sealed class HealthHostTests : IAsyncLifetime
{
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _host = await TestBotHost.StartAsync();
        // Quartz starts once the application has started, a moment after the host answers.
        await HealthProbe.WaitForAsync(_host.Client, "/health/ready", HttpStatusCode.OK, TimeSpan.FromSeconds(15));
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Live_ProcessAnswers_200()
    {
        var (status, body) = await GetAsync("/health/live");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("/health/ready")]
    [InlineData("/health")]
    public async Task Ready_StorageSchedulerAndContentUp_200NamingEveryCheck(string path)
    {
        var (status, body) = await GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Healthy", body["status"]!.GetValue<string>());
        Assert.Empty(body["failed"]!.AsArray());
        var checks = body["checks"]!.AsObject();
        Assert.Equal(["content", "scheduler", "storage"], checks.Select(c => c.Key).Order(StringComparer.Ordinal));
        Assert.All(checks, c => Assert.Equal("Healthy", c.Value!["status"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Ready_SchedulerInStandby_503NamingTheScheduler_AndBackWhenItRuns()
    {
        var scheduler = await _host.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        await scheduler.Standby();
        var (standby, body) = await GetAsync("/health/ready");
        var (live, _) = await GetAsync("/health/live");
        await scheduler.Start();
        var (again, _) = await GetAsync("/health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, standby);
        Assert.Equal(["scheduler"], body["failed"]!.AsArray().Select(f => f!.GetValue<string>()));
        Assert.Contains("standby", body["checks"]!["scheduler"]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, live);
        Assert.Equal(HttpStatusCode.OK, again);
    }

    private Task<(HttpStatusCode Status, JsonNode Body)> GetAsync(string path) => HealthProbe.GetAsync(_host.Client, path);
}
