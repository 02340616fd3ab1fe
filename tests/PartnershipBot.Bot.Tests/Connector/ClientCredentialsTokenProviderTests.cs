using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>Token caching against a loopback token endpoint on a fake clock.</summary>
public sealed class ClientCredentialsTokenProviderTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(0)]
    [InlineData(30)]
    [InlineData(54)]
    public async Task GetTokenAsync_MoreThanFiveMinutesBeforeExpiry_ReusesCachedToken(int minutesLater)
    {
        var clock = new FakeTimeProvider(Start);
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials, clock);
        var tokens = harness.Services.GetRequiredService<IConnectorTokenProvider>();

        var first = await tokens.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(minutesLater));
        var second = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("token-1", "token-1"), (first, second));
        Assert.Single(harness.TokenService.Requests);
    }

    [Theory]
    [InlineData(55)]
    [InlineData(59)]
    [InlineData(120)]
    public async Task GetTokenAsync_WithinFiveMinutesOfExpiryOrLater_FetchesNewToken(int minutesLater)
    {
        var clock = new FakeTimeProvider(Start);
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials, clock);
        var tokens = harness.Services.GetRequiredService<IConnectorTokenProvider>();

        await tokens.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromMinutes(minutesLater));
        var refreshed = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal("token-2", refreshed);
        Assert.Equal(2, harness.TokenService.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_ConcurrentCallersDuringFetch_ShareOneRequest()
    {
        var clock = new FakeTimeProvider(Start);
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials, clock);
        var tokens = harness.Services.GetRequiredService<IConnectorTokenProvider>();
        var release = new TaskCompletionSource();
        harness.TokenService.Enqueue(new ScriptedResponse(200, """{"token_type":"Bearer","expires_in":3600,"access_token":"shared"}""") { Hold = release.Task });

        var callers = Enumerable.Range(0, 8).Select(_ => tokens.GetTokenAsync(CancellationToken.None).AsTask()).ToList();
        await harness.TokenService.WaitForRequestsAsync(1, TimeSpan.FromSeconds(10));
        release.SetResult();
        var results = await Task.WhenAll(callers);

        Assert.All(results, token => Assert.Equal("shared", token));
        Assert.Single(harness.TokenService.Requests);
    }

    [Fact]
    public async Task GetTokenAsync_ShortLivedToken_IsReusedForHalfItsLife()
    {
        var clock = new FakeTimeProvider(Start);
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials, clock);
        var tokens = harness.Services.GetRequiredService<IConnectorTokenProvider>();
        harness.TokenService.Enqueue(ScriptedResponse.Json(200, new System.Text.Json.Nodes.JsonObject { ["access_token"] = "short", ["expires_in"] = "120" }));

        await tokens.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59));
        var stillCached = await tokens.GetTokenAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(2));
        var refreshed = await tokens.GetTokenAsync(CancellationToken.None);

        Assert.Equal(("short", "token-1"), (stillCached, refreshed));
        Assert.Equal(2, harness.TokenService.Requests.Count);
    }

    [Fact]
    public async Task GetTokenAsync_SuccessWithoutAccessToken_ThrowsTokenException()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials, new FakeTimeProvider(Start));
        var tokens = harness.Services.GetRequiredService<IConnectorTokenProvider>();
        harness.TokenService.Enqueue(new ScriptedResponse(200, "{}"));

        await Assert.ThrowsAsync<ConnectorTokenException>(() => tokens.GetTokenAsync(CancellationToken.None).AsTask());
    }
}
