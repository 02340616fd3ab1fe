using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>The real bot on a loopback host, with a recording connector as every conversation's serviceUrl.</summary>
public abstract class BotHostTest : IAsyncLifetime
{
    internal RecordingConnector Connector { get; private set; } = null!;

    internal TestBotHost Host { get; set; } = null!;

    /// <summary>Settings for the host (command-line form without the dashes), for tests that need some.</summary>
    internal virtual IReadOnlyDictionary<string, string?>? Settings => null;

    public virtual async Task InitializeAsync()
    {
        Connector = await RecordingConnector.StartAsync();
        Host = await TestBotHost.StartAsync(settings: Settings);
    }

    public async Task DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }

    internal BotConversation User(string userId = Hosting.Activities.UserId, string conversationId = "a:conv-1", string conversationType = "personal") =>
        new(Host, Connector, userId, conversationId, conversationType: conversationType);
}
