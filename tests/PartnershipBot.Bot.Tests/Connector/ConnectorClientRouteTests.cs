using System.Text.Json.Nodes;
using PartnershipBot.Protocol;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>Routes, encoding and bodies as a real connector sees them (development mode: no token involved).</summary>
public sealed class ConnectorClientRouteTests : IAsyncLifetime
{
    private const string Conversation = "a:1xyz";
    private ConnectorHarness harness = null!;

    public async Task InitializeAsync() => harness = await ConnectorHarness.StartAsync();

    public async Task DisposeAsync() => await harness.DisposeAsync();

    public static TheoryData<string, string> ConversationIds => new()
    {
        { "a:1xyz", "a%3A1xyz" },
        { "19:abc@thread.tacv2;messageid=1719930000000", "19%3Aabc%40thread.tacv2%3Bmessageid%3D1719930000000" },
        { "19:meeting_Y2Fs@thread.v2", "19%3Ameeting_Y2Fs%40thread.v2" },
        { "odd/id?with#delims and space", "odd%2Fid%3Fwith%23delims%20and%20space" },
    };

    [Fact]
    public async Task SendActivityAsync_WithReplyToId_PostsToReplyRoute()
    {
        var activity = ConnectorHarness.Message(Conversation, replyToId: "1719929990000", serviceUrl: harness.Connector.ServiceUrl);

        var response = await harness.Client.SendActivityAsync(activity, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal("POST", request.Method);
        Assert.Equal("/v3/conversations/a%3A1xyz/activities/1719929990000", request.RawTarget);
        Assert.Equal("1719929990000", request.Json!["replyToId"]!.GetValue<string>());
        Assert.Equal("Vraag 1 van 12", request.Json!["text"]!.GetValue<string>());
        Assert.StartsWith("application/json", request.ContentType, StringComparison.Ordinal);
        Assert.Null(request.Authorization);
        Assert.Equal("activity-1", response.Id);
    }

    [Fact]
    public async Task SendActivityAsync_WithoutReplyToId_PostsToConversationActivities()
    {
        var activity = ConnectorHarness.Message(Conversation, serviceUrl: harness.Connector.ServiceUrl);

        await harness.Client.SendActivityAsync(activity, CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1xyz/activities", Assert.Single(harness.Connector.Requests).RawTarget);
    }

    [Theory]
    [MemberData(nameof(ConversationIds))]
    public async Task ReplyToActivityAsync_ReservedCharactersInIds_ArePercentEncoded(string conversationId, string encoded)
    {
        await harness.Client.ReplyToActivityAsync(harness.Connector.ServiceUrl, conversationId, "f:1;2", ConnectorHarness.Message(conversationId), CancellationToken.None);

        Assert.Equal($"/v3/conversations/{encoded}/activities/f%3A1%3B2", Assert.Single(harness.Connector.Requests).RawTarget);
    }

    [Theory]
    [InlineData("amer")]
    [InlineData("amer/")]
    [InlineData("amer//")]
    public async Task SendToConversationAsync_ServiceUrlWithPath_JoinsWithExactlyOneSlash(string path)
    {
        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl + path, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Equal("/amer/v3/conversations/a%3A1xyz/activities", Assert.Single(harness.Connector.Requests).RawTarget);
    }

    [Fact]
    public async Task SendToConversationAsync_ServiceUrlWithoutTrailingSlash_JoinsWithOneSlash()
    {
        await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl.TrimEnd('/'), Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1xyz/activities", Assert.Single(harness.Connector.Requests).RawTarget);
    }

    [Fact]
    public async Task UpdateActivityAsync_PutsFullActivityToActivityRoute()
    {
        var activity = ConnectorHarness.Message(Conversation);
        activity.Id = "1719929990000";

        var response = await harness.Client.UpdateActivityAsync(harness.Connector.ServiceUrl, Conversation, "1719929990000", activity, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("PUT", "/v3/conversations/a%3A1xyz/activities/1719929990000"), (request.Method, request.RawTarget));
        Assert.Equal("1719929990000", request.Json!["id"]!.GetValue<string>());
        Assert.Equal("1719929990000", response.Id);
    }

    [Fact]
    public async Task DeleteActivityAsync_DeletesActivityRouteWithoutBody()
    {
        await harness.Client.DeleteActivityAsync(harness.Connector.ServiceUrl, Conversation, "1719929990000", CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("DELETE", "/v3/conversations/a%3A1xyz/activities/1719929990000", string.Empty), (request.Method, request.RawTarget, request.Body));
    }

    [Fact]
    public async Task CreateConversationAsync_TopLevelTenantOnly_SendsTenantInBothPlaces()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + ConnectorHarness.AppId },
            Members = [new ChannelAccount { Id = "29:user-1" }],
            TenantId = ConnectorHarness.TenantId,
        };

        var created = await harness.Client.CreateConversationAsync(harness.Connector.ServiceUrl, parameters, CancellationToken.None);

        var request = Assert.Single(harness.Connector.Requests);
        Assert.Equal(("POST", "/v3/conversations"), (request.Method, request.RawTarget));
        var body = request.Json!;
        Assert.Equal(ConnectorHarness.TenantId, body["tenantId"]!.GetValue<string>());
        Assert.Equal(ConnectorHarness.TenantId, body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
        Assert.False(body["isGroup"]!.GetValue<bool>());
        Assert.Equal("29:user-1", body["members"]![0]!["id"]!.GetValue<string>());
        Assert.Equal("a:created-1", created.Id);
        Assert.Null(parameters.ChannelData);
    }

    [Fact]
    public async Task CreateConversationAsync_ChannelDataTenantOnly_AddsTopLevelTenantAndKeepsChannelData()
    {
        var parameters = new ConversationParameters
        {
            IsGroup = true,
            ChannelData = new JsonObject { ["channel"] = new JsonObject { ["id"] = "19:general@thread.tacv2" }, ["tenant"] = new JsonObject { ["id"] = "t-2" } },
            Activity = ConnectorHarness.Message("ignored"),
        };

        await harness.Client.CreateConversationAsync(harness.Connector.ServiceUrl, parameters, CancellationToken.None);

        var body = Assert.Single(harness.Connector.Requests).Json!;
        Assert.Equal("t-2", body["tenantId"]!.GetValue<string>());
        Assert.Equal("19:general@thread.tacv2", body["channelData"]!["channel"]!["id"]!.GetValue<string>());
        Assert.Equal("t-2", body["channelData"]!["tenant"]!["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetConversationMembersAsync_GetsMembersRouteAndParsesAccounts()
    {
        var members = await harness.Client.GetConversationMembersAsync(harness.Connector.ServiceUrl, Conversation, CancellationToken.None);

        Assert.Equal(("GET", "/v3/conversations/a%3A1xyz/members"), (harness.Connector.Requests[0].Method, harness.Connector.Requests[0].RawTarget));
        var member = Assert.Single(members);
        Assert.Equal(("29:user-1", "aad-1"), (member.Id, member.AadObjectId));
    }

    [Fact]
    public async Task GetConversationMemberAsync_EncodesMemberIdAndParsesAccount()
    {
        var member = await harness.Client.GetConversationMemberAsync(harness.Connector.ServiceUrl, Conversation, "29:user-1", CancellationToken.None);

        Assert.Equal("/v3/conversations/a%3A1xyz/members/29%3Auser-1", Assert.Single(harness.Connector.Requests).RawTarget);
        Assert.Equal("29:user-1", member.Id);
    }

    [Theory]
    [InlineData(200, null)]
    [InlineData(201, "")]
    [InlineData(202, "{}")]
    [InlineData(200, "null")]
    public async Task SendToConversationAsync_SuccessWithoutResourceBody_ReturnsEmptyResponse(int status, string? body)
    {
        harness.Connector.Enqueue(new ScriptedResponse(status, body));

        var response = await harness.Client.SendToConversationAsync(harness.Connector.ServiceUrl, Conversation, ConnectorHarness.Message(Conversation), CancellationToken.None);

        Assert.Null(response.Id);
    }

    [Fact]
    public async Task SendActivityAsync_WithoutServiceUrl_ThrowsArgumentException()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => harness.Client.SendActivityAsync(ConnectorHarness.Message(Conversation), CancellationToken.None));

        Assert.Empty(harness.Connector.Requests);
    }
}
