using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>The real host with the language model pointed at a <see cref="FakeChatCompletions"/>, and a recording connector.</summary>
internal sealed record ModelBot(TestBotHost Host, RecordingConnector Connector) : IAsyncDisposable
{
    /// <summary>
    /// LanguageModel:TimeoutSeconds in every test: the real clock runs in the host unless a test brings its own, so the
    /// longest deadline, and a slow machine does not turn a test into a timeout. A test on its own clock moves it this far.
    /// </summary>
    public const int TimeoutSeconds = 60;

    /// <summary>LanguageModel:StreamSeconds in every test, for the same reason.</summary>
    public const int StreamSeconds = 110;

    /// <summary>The user in a personal chat on Teams.</summary>
    public BotConversation User { get; } = new(Host, Connector);

    /// <param name="deployment">An Azure OpenAI deployment (the Azure URL shape), or null for an OpenAI-compatible endpoint.</param>
    /// <param name="streaming">LanguageModel:Stream; off, a personal chat gets the one-message answer other chats get.</param>
    /// <param name="clock">The host's clock, when the test moves time itself.</param>
    /// <param name="maxAnswerCharacters">LanguageModel:MaxAnswerCharacters, or null for the default.</param>
    public static async Task<ModelBot> StartAsync(
        FakeChatCompletions model, string? deployment = null, string tenants = Activities.Tenant, bool streaming = false, FakeTimeProvider? clock = null, int? maxAnswerCharacters = null)
    {
        var connector = await RecordingConnector.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["LanguageModel:Endpoint"] = deployment is null ? new Uri(model.BaseAddress, "/v1").ToString() : model.BaseAddress.ToString(),
            ["LanguageModel:Key"] = "test-key",
            ["LanguageModel:Tenants:0"] = tenants,
            ["LanguageModel:TimeoutSeconds"] = TimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["LanguageModel:StreamSeconds"] = StreamSeconds.ToString(CultureInfo.InvariantCulture),
            ["LanguageModel:Stream"] = streaming ? "true" : "false",
        };
        if (maxAnswerCharacters is { } max)
        {
            settings["LanguageModel:MaxAnswerCharacters"] = max.ToString(CultureInfo.InvariantCulture);
        }

        settings[deployment is null ? "LanguageModel:Model" : "LanguageModel:Deployment"] = deployment ?? "test-model";
        var host = await TestBotHost.StartAsync(settings: settings, configure: clock is null ? null : b => b.Services.AddSingleton<TimeProvider>(clock));
        return new ModelBot(host, connector);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
    }
}
