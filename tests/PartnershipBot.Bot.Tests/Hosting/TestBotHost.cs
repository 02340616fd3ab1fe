using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>
/// The real host (BotApp.Build, as Program runs it) on a free loopback port with a private data
/// folder. Dispose stops it; the data folder stays until the owner deletes it, so a test can
/// start a second host on the same data to prove state survives a restart.
/// </summary>
internal sealed class TestBotHost : IBotInstance, IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestBotHost(WebApplication app, string dataDirectory)
    {
        _app = app;
        DataDirectory = dataDirectory;
        Client = new HttpClient { BaseAddress = new Uri(app.Urls.Single()) };
    }

    public HttpClient Client { get; }

    public string DataDirectory { get; }

    public IServiceProvider Services => _app.Services;

    public Uri MessagesUrl => new(Client.BaseAddress!, "/api/messages");

    public static async Task<TestBotHost> StartAsync(
        string? dataDirectory = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<WebApplicationBuilder>? configure = null)
    {
        dataDirectory ??= NewDataDirectory();
        // The connector's attempt timeout runs on the real clock: at its longest, a slow machine cannot turn
        // one reply into a retried second one (a test's own settings still win).
        var args = new List<string>
        {
            "--urls=http://127.0.0.1:0", $"--Storage:DataDirectory={dataDirectory}", "--Logging:LogLevel:Default=Warning", "--Connector:AttemptTimeout=00:05:00",
        };
        args.AddRange((settings ?? new Dictionary<string, string?>()).Select(s => $"--{s.Key}={s.Value}"));
        var app = BotApp.Build([.. args], configure);
        await app.StartAsync();
        return new TestBotHost(app, dataDirectory);
    }

    /// <summary>For <c>configure</c>: the host reads and writes reminders, but its scheduler never runs, so none fires here.</summary>
    public static void WithoutSchedulerRunning(WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.Services.Remove(builder.Services.Single(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType == typeof(QuartzHostedService)));
    }

    public static string NewDataDirectory() => Directory.CreateTempSubdirectory("pbot-test-").FullName;

    public Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, MessagesUrl) { Content = JsonContent.Create(activity) };
        if (bearerToken is not null)
        {
            request.Headers.Authorization = new("Bearer", bearerToken);
        }

        return Client.SendAsync(request);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
