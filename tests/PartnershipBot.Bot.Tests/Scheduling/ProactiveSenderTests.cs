using Stopwatch = System.Diagnostics.Stopwatch;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Protocol;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Scheduling;

/// <summary>Proactive delivery through the real host against a loopback connector: marks, skips and pacing.</summary>
public sealed class ProactiveSenderTests
{
    [Fact]
    public async Task SendAsync_Connector403_MarksUnreachableAndSkipsTheNextSendWithoutACall()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking());
        var sender = host.Services.GetRequiredService<IProactiveSender>();
        connector.Enqueue(ScriptedResponse.Error(403, "BotNotInConversationRoster"));

        var first = await sender.SendAsync(Reference(connector, "a:conv-403"), Message("een"), default);
        var second = await sender.SendAsync(Reference(connector, "a:conv-403"), Message("twee"), default);

        Assert.Equal(ProactiveStatus.Unreachable, first.Status);
        Assert.Equal(ProactiveStatus.Unreachable, second.Status);
        Assert.Single(connector.Requests);
        var marks = await host.Services.GetRequiredService<IStorage>().ReadAsync([UnreachableTargets.Key(Activities.Tenant, Activities.UserId)], default);
        Assert.Single(marks);
    }

    [Fact]
    public async Task SendToUserAsync_UserTalksAgain_ClearsTheMarkAndSendsAgain()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking());
        var sender = host.Services.GetRequiredService<IProactiveSender>();
        connector.Enqueue(ScriptedResponse.Error(404, "ConversationNotFound"));
        var user = new ChannelAccount { Id = Activities.UserId };
        var bot = new ChannelAccount { Id = Activities.BotId };

        var refused = await sender.SendToUserAsync(connector.ServiceUrl, "msteams", Activities.Tenant, bot, user, Message("een"), default);
        await host.PostActivityAsync(Activities.Message("hallo", serviceUrl: connector.ServiceUrl));
        var before = connector.Requests.Count;
        var sent = await sender.SendToUserAsync(connector.ServiceUrl, "msteams", Activities.Tenant, bot, user, Message("twee"), default);

        Assert.Equal(ProactiveStatus.Unreachable, refused.Status);
        Assert.Equal(ProactiveStatus.Sent, sent.Status);
        Assert.Equal(2, connector.Requests.Count - before);
        Assert.Equal("twee", connector.Requests[^1].Json?["text"]?.GetValue<string>());
    }

    [Fact]
    public async Task SendAsync_Connector400_FailsWithTheReasonAndDoesNotMark()
    {
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking());
        var sender = host.Services.GetRequiredService<IProactiveSender>();
        connector.Enqueue(ScriptedResponse.Error(400, "BadArgument"));

        var result = await sender.SendAsync(Reference(connector, "a:conv-400"), Message("een"), default);

        Assert.Equal(ProactiveStatus.Failed, result.Status);
        Assert.Contains("400", result.Reason, StringComparison.Ordinal);
        Assert.Empty(await host.Services.GetRequiredService<IStorage>().ReadAsync([UnreachableTargets.Key(Activities.Tenant, Activities.UserId)], default));
    }

    [Fact]
    public async Task SendAsync_BurstToOneConversation_IsSpreadOverTheConfiguredWindow()
    {
        var window = TimeSpan.FromMilliseconds(600);
        var clock = Stopwatch.StartNew();
        var arrivals = new List<TimeSpan>();
        await using var connector = await RecordingConnector.StartAsync(_ =>
        {
            lock (arrivals)
            {
                arrivals.Add(clock.Elapsed);
            }

            return ScriptedResponse.Json(201, new JsonObject { ["id"] = "activity" });
        });
        await using var host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking(
            ("Reminders:ConversationMessagesPerWindow", "3"),
            ("Reminders:ConversationWindow", window.ToString())));
        var sender = host.Services.GetRequiredService<IProactiveSender>();
        // Arrivals are timed at the connector, so the first sends must not also pay for a cold client
        // (connection set-up, first serialisation): one send to another conversation warms it up.
        await sender.SendAsync(Reference(connector, "a:conv-warm-up"), Message("warm-up"), default);
        lock (arrivals)
        {
            arrivals.Clear();
        }

        var results = await Task.WhenAll(Enumerable.Range(1, 7).Select(i => sender.SendAsync(Reference(connector, "a:conv-burst"), Message("bericht " + i), default)));

        Assert.All(results, r => Assert.Equal(ProactiveStatus.Sent, r.Status));
        Assert.Equal(7, arrivals.Count);
        // At most three in any window: the fourth waits for the first to leave it, less at most one of its ten
        // segments. (The partitioned limiter advances one segment per ~100 ms tick, so at a window this short
        // the pacing is slower than configured, never faster.)
        for (var i = 3; i < arrivals.Count; i++)
        {
            Assert.True(arrivals[i] - arrivals[i - 3] >= window * 0.85, $"send {i + 1} came {(arrivals[i] - arrivals[i - 3]).TotalMilliseconds:0} ms after send {i - 2}");
        }
    }

    private static ConversationReference Reference(RecordingConnector connector, string conversationId) => new()
    {
        ChannelId = "msteams",
        ServiceUrl = connector.ServiceUrl,
        Bot = new ChannelAccount { Id = Activities.BotId },
        User = new ChannelAccount { Id = Activities.UserId },
        Conversation = new ConversationAccount { Id = conversationId, ConversationType = "personal", TenantId = Activities.Tenant },
    };

    private static Activity Message(string text) => new() { Type = ActivityTypes.Message, Text = text };
}
