using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Auth;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>
/// The whole edge over real HTTP with credentials configured: a signed activity in (local OpenID
/// provider), the reply out to a recording connector with the bot's own token (local token endpoint).
/// </summary>
public sealed class AuthenticatedPipelineTests : IAsyncLifetime
{
    private const string AccessToken = "connector-access-token";
    private readonly RecordingBot _bot = new();
    private TestIdentityProvider _identity = null!;
    private RecordingConnector _connector = null!;
    private RecordingConnector _attacker = null!;
    private RecordingConnector _login = null!;
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _identity = await TestIdentityProvider.StartAsync();
        _connector = await RecordingConnector.StartAsync();
        _attacker = await RecordingConnector.StartAsync();
        _login = await RecordingConnector.StartAsync(_ => ScriptedResponse.Json(200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = 3600,
            ["access_token"] = AccessToken,
        }));
        var settings = new Dictionary<string, string?>(_identity.Settings())
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppPassword"] = "client-secret",
            ["MicrosoftAppTenantId"] = "11111111-2222-3333-4444-555555555555",
            ["BotFramework:LoginEndpoint"] = _login.ServiceUrl.TrimEnd('/'),
        };
        _host = await TestBotHost.StartAsync(settings: settings, configure: b => b.Services.AddSingleton<IBot>(_bot));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _login.DisposeAsync();
        await _attacker.DisposeAsync();
        await _connector.DisposeAsync();
        await _identity.DisposeAsync();
    }

    [Fact]
    public async Task SignedActivity_ReplyGoesToTheReplyRouteWithTheBotsToken()
    {
        var activity = Activities.Message("hallo", conversationId: "a:1x;y@thread", serviceUrl: _connector.ServiceUrl, id: "1719930000000");

        var response = await _host.PostActivityAsync(activity, _identity.CreateChannelToken(serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(_connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1x%3By%40thread/activities/1719930000000", request.RawTarget);
        Assert.Equal("Bearer " + AccessToken, request.Authorization);
        Assert.Equal("echo: hallo", request.Json!["text"]!.GetValue<string>());
        Assert.Equal("1719930000000", request.Json["replyToId"]!.GetValue<string>());
    }

    [Fact]
    public async Task MissingToken_Is401AndNothingIsSent()
    {
        var response = await _host.PostActivityAsync(Activities.Message("hallo", serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        Assert.Empty(_bot.Turns);
        Assert.Empty(_connector.Requests);
        Assert.Empty(_login.Requests);
    }

    [Fact]
    public async Task TokenForAnotherServiceUrl_Is401AndTheBodysAddressGetsNothing()
    {
        var activity = Activities.Message("hallo", serviceUrl: _attacker.ServiceUrl);

        var response = await _host.PostActivityAsync(activity, _identity.CreateChannelToken(serviceUrl: _connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_attacker.Requests);
        Assert.Empty(_bot.Turns);
    }

    [Fact]
    public async Task ForgedToken_Is401()
    {
        var token = _identity.CreateChannelToken(serviceUrl: _connector.ServiceUrl);
        var forged = token[..^4] + (token.EndsWith("AAAA", StringComparison.Ordinal) ? "BBBB" : "AAAA");

        var response = await _host.PostActivityAsync(Activities.Message("hallo", serviceUrl: _connector.ServiceUrl), forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Turns);
    }
}
