using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>Without credentials (the Agents Playground case): accepted unauthenticated, replies carry no token.</summary>
public sealed class DevelopmentModePipelineTests
{
    [Fact]
    public async Task UnsignedActivity_IsAnsweredWithoutAToken()
    {
        await using var connector = await RecordingConnector.StartAsync();
        var bot = new RecordingBot();
        await using var host = await TestBotHost.StartAsync(configure: b => b.Services.AddSingleton<IBot>(bot));

        var response = await host.PostActivityAsync(Activities.Message("hallo", serviceUrl: connector.ServiceUrl, id: "42"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var request = Assert.Single(connector.Requests);
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/42", request.RawTarget);
        Assert.Null(request.Authorization);
    }
}
