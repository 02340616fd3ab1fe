using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>
/// The connector as the host wires it (<c>AddBotConnector</c> over in-memory settings), plus a loopback
/// connector and token service to talk to. Credentials are fake; the secret is a marker tests search logs for.
/// </summary>
internal sealed class ConnectorHarness : IAsyncDisposable
{
    public const string AppId = "00000000-0000-0000-0000-00000000a99d";
    public const string Secret = "s3cret-never-logged";
    public const string TenantId = "tenant-under-test";

    private ConnectorHarness(RecordingConnector connector, RecordingConnector tokenService, ServiceProvider services, RecordingLoggerProvider logs)
    {
        Connector = connector;
        TokenService = tokenService;
        Services = services;
        Logs = logs;
    }

    public RecordingConnector Connector { get; }
    public RecordingConnector TokenService { get; }
    public ServiceProvider Services { get; }
    public RecordingLoggerProvider Logs { get; }

    public IConnectorClient Client => Services.GetRequiredService<IConnectorClient>();
    public ITrustedServiceUrls Trust => Services.GetRequiredService<ITrustedServiceUrls>();

    /// <summary>Settings of a SingleTenant bot whose login endpoint is <paramref name="tokenService"/>.</summary>
    public static Dictionary<string, string?> Credentials(RecordingConnector tokenService) => Credentials(tokenService, "SingleTenant");

    public static Dictionary<string, string?> Credentials(RecordingConnector tokenService, string appType) => new()
    {
        ["MicrosoftAppType"] = appType,
        ["MicrosoftAppId"] = AppId,
        ["MicrosoftAppPassword"] = Secret,
        ["MicrosoftAppTenantId"] = TenantId,
        ["BotFramework:LoginEndpoint"] = tokenService.ServiceUrl,
    };

    /// <summary>Starts both loopback servers and the container; <paramref name="settings"/> gets the token service to fill in credentials.</summary>
    public static async Task<ConnectorHarness> StartAsync(
        Func<RecordingConnector, Dictionary<string, string?>>? settings = null, TimeProvider? time = null)
    {
        var connector = await RecordingConnector.StartAsync();
        var tokenService = await RecordingConnector.StartAsync(TokenAnswer());
        var values = settings?.Invoke(tokenService) ?? [];
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(logs).SetMinimumLevel(LogLevel.Trace));
        services.AddSingleton(time ?? new SkippingTimeProvider());
        services.AddBotConnector(configuration);
        return new ConnectorHarness(connector, tokenService, services.BuildServiceProvider(validateScopes: true), logs);
    }

    /// <summary>A token endpoint issuing <c>token-1</c>, <c>token-2</c>, … valid for an hour.</summary>
    public static Func<RecordedRequest, ScriptedResponse> TokenAnswer(int expiresInSeconds = 3600)
    {
        var issued = 0;
        return _ => ScriptedResponse.Json(200, new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = expiresInSeconds,
            ["ext_expires_in"] = expiresInSeconds,
            ["access_token"] = "token-" + Interlocked.Increment(ref issued).ToString(CultureInfo.InvariantCulture),
        });
    }

    public static Activity Message(string conversationId, string? replyToId = null, string? serviceUrl = null) => new()
    {
        Type = ActivityTypes.Message,
        ServiceUrl = serviceUrl,
        From = new ChannelAccount { Id = "28:" + AppId },
        Recipient = new ChannelAccount { Id = "29:user-1" },
        Conversation = new ConversationAccount { Id = conversationId },
        ReplyToId = replyToId,
        Text = "Vraag 1 van 12",
    };

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        await Connector.DisposeAsync();
        await TokenService.DisposeAsync();
    }
}
