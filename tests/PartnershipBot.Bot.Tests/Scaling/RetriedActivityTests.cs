using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Storage;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// A channel retries an activity whose answer was slow; the retry may reach another instance, or
/// this one after a restart. The user must see the reply once.
/// </summary>
public sealed class RetriedActivityTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [SkippableFact]
    public async Task Retry_ReachingAnotherInstance_GetsNoSecondReply()
    {
        var settings = PostgresHostTests.PostgresSettings(database.ConnectionString);
        await using var a = await TestBotHost.StartAsync(settings: settings);
        await using var b = await TestBotHost.StartAsync(settings: settings);
        var activity = Activities.Message("snelle check", "a:retried-1", _connector.ServiceUrl, id: "msg-retried-1");

        var first = await a.PostActivityAsync(activity.DeepClone().AsObject());
        var sentByFirst = _connector.Requests.Count;
        var retry = await b.PostActivityAsync(activity.DeepClone().AsObject());

        Assert.True(first.IsSuccessStatusCode);
        Assert.True(retry.IsSuccessStatusCode);
        Assert.True(sentByFirst > 0);
        Assert.Equal(sentByFirst, _connector.Requests.Count);
    }

    [Fact]
    public async Task Retry_AfterARestartOnSqlite_GetsNoSecondReply()
    {
        var host = await TestBotHost.StartAsync();
        var activity = Activities.Message("snelle check", "a:retried-2", _connector.ServiceUrl, id: "msg-retried-2");
        await host.PostActivityAsync(activity.DeepClone().AsObject());
        var sentByFirst = _connector.Requests.Count;
        await host.DisposeAsync();

        await using var restarted = await TestBotHost.StartAsync(host.DataDirectory);
        var retry = await restarted.PostActivityAsync(activity.DeepClone().AsObject());

        Assert.True(retry.IsSuccessStatusCode);
        Assert.True(sentByFirst > 0);
        Assert.Equal(sentByFirst, _connector.Requests.Count);
    }
}
