using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>Which requests carry the bot's token, and which are never sent at all.</summary>
public sealed class ConnectorClientTokenTests
{
    private const string Conversation = "a:1xyz";

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlFromAuthenticatedActivity_SendsBearerToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Equal("Bearer token-1", Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task SendToConversationAsync_ConfiguredTrustedHost_SendsBearerToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(token =>
            new(ConnectorHarness.Credentials(token)) { ["BotFramework:TrustedServiceUrlHosts:0"] = "127.0.0.1" });

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Equal("Bearer token-1", Assert.Single(harness.Connector.Requests).Authorization);
    }

    [Fact]
    public async Task Send_TokenRefusedBeforeItsExpiry_FetchesANewTokenAndSendsOnceMore()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);
        harness.Connector.Enqueue(ScriptedResponse.Error(401, "Unauthorized", "token revoked"));

        var sent = await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.StartsWith("activity-", sent.Id, StringComparison.Ordinal);
        Assert.Equal(["Bearer token-1", "Bearer token-2"], harness.Connector.Requests.Select(r => r.Authorization));
        Assert.Equal(2, harness.TokenService.Requests.Count);
        Assert.Single(harness.Logs.Entries, entry => entry.EventId == 2409);
    }

    [Fact]
    public async Task Send_NewTokenRefusedToo_FailsWith401WithoutAThirdTry()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);
        harness.Connector.Enqueue(ScriptedResponse.Error(401, "Unauthorized"), ScriptedResponse.Error(401, "Unauthorized"));

        var failure = await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, failure.Status);
        Assert.Equal(2, harness.Connector.Requests.Count);
        Assert.Equal(2, harness.TokenService.Requests.Count);
    }

    [Fact]
    public async Task SendToConversationAsync_DevelopmentMode_SendsNoAuthorizationHeader()
    {
        await using var harness = await ConnectorHarness.StartAsync();

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Null(Assert.Single(harness.Connector.Requests).Authorization);
        Assert.Empty(harness.TokenService.Requests);
    }

    [Fact]
    public async Task SendToConversationAsync_UntrustedServiceUrlWithCredentials_SendsNoRequestAtAll()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        var serviceUrl = harness.Connector.ServiceUrl + "from-an-unauthenticated-body/";

        var refused = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            harness.Client.SendToConversationAsync(serviceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.Equal("127.0.0.1", refused.Host);
        Assert.Empty(harness.Connector.Requests);
        Assert.Empty(harness.TokenService.Requests);
        var logged = Assert.Single(harness.Logs.Entries, entry => entry.EventId == 2403);
        Assert.Contains("127.0.0.1", logged.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("from-an-unauthenticated-body", logged.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendToConversationAsync_TrustOfAnotherPortOnSameHost_DoesNotCarryOver()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.TokenService.ServiceUrl);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.Empty(harness.Connector.Requests);
    }

    [Fact]
    public async Task Calls_SeveralWithinTokenLifetime_FetchTokenOnceAndReuseIt()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);
        await harness.Client.ReplyToActivityAsync(harness.Connector.ServiceUrl, Conversation, "1", ConnectorHarness.Message(Conversation), CancellationToken.None);
        await harness.Client.DeleteActivityAsync(harness.Connector.ServiceUrl, Conversation, "1", CancellationToken.None);

        Assert.Single(harness.TokenService.Requests);
        Assert.All(harness.Connector.Requests, request => Assert.Equal("Bearer token-1", request.Authorization));
    }

    [Theory]
    [InlineData("SingleTenant", "/" + ConnectorHarness.TenantId + "/oauth2/v2.0/token")]
    [InlineData("MultiTenant", "/botframework.com/oauth2/v2.0/token")]
    [InlineData("", "/botframework.com/oauth2/v2.0/token")]
    public async Task TokenRequest_ByAppType_PostsClientCredentialsToTenantAuthority(string appType, string path)
    {
        await using var harness = await ConnectorHarness.StartAsync(token => ConnectorHarness.Credentials(token, appType));
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);

        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        var request = Assert.Single(harness.TokenService.Requests);
        Assert.Equal(("POST", path), (request.Method, request.RawTarget));
        Assert.StartsWith("application/x-www-form-urlencoded", request.ContentType, StringComparison.Ordinal);
        var form = System.Web.HttpUtility.ParseQueryString(request.Body);
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(ConnectorHarness.AppId, form["client_id"]);
        Assert.Equal(ConnectorHarness.Secret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Logs_AfterTokenAndCalls_NeverContainSecretOrToken()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);
        harness.Connector.Enqueue(ScriptedResponse.Error(500, "InternalError"), ScriptedResponse.Error(400, "BadArgument"));

        await Assert.ThrowsAsync<ConnectorException>(() =>
            harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.NotEmpty(harness.Logs.Entries);
        Assert.DoesNotContain(harness.Logs.Entries, entry => entry.Text.Contains(ConnectorHarness.Secret, StringComparison.Ordinal));
        Assert.DoesNotContain(harness.Logs.Entries, entry => entry.Text.Contains("token-1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SendToConversationAsync_TokenServiceRefuses_ThrowsTokenExceptionWithoutCallingConnector()
    {
        await using var harness = await ConnectorHarness.StartAsync(ConnectorHarness.Credentials);
        harness.Trust.TrustAuthenticated(harness.Connector.ServiceUrl);
        harness.TokenService.Enqueue(ScriptedResponse.Json(401, new System.Text.Json.Nodes.JsonObject { ["error"] = "invalid_client", ["error_description"] = "bad secret" }));

        var failure = await Assert.ThrowsAsync<ConnectorTokenException>(() =>
            harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.Contains("invalid_client", failure.Message, StringComparison.Ordinal);
        Assert.Single(harness.TokenService.Requests);
        Assert.Empty(harness.Connector.Requests);
    }
}
