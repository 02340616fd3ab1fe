using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bench.Scale;

/// <summary>
/// The Bot Connector as the bot sees it: every send answers 200 with a resource id, a new conversation
/// (a proactive 1:1) gets an id of its own. Counts what arrives.
/// </summary>
internal sealed class ConnectorStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;
    private int _conversations;
    private int _proactiveSends;

    private ConnectorStub(WebApplication app) => _app = app;

    public int Requests => Volatile.Read(ref _requests);

    /// <summary>Activities posted into conversations this stub created (reminders, proactive messages).</summary>
    public int ProactiveSends => Volatile.Read(ref _proactiveSends);

    public static async Task<ConnectorStub> StartAsync(int port)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var stub = new ConnectorStub(app);
        app.Run(stub.HandleAsync);
        await app.StartAsync();
        return stub;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        await http.Request.Body.CopyToAsync(Stream.Null);
        var count = Interlocked.Increment(ref _requests);
        var path = http.Request.Path.Value ?? string.Empty;
        http.Response.ContentType = "application/json";
        if (HttpMethods.IsPost(http.Request.Method) && path.TrimEnd('/') == "/v3/conversations")
        {
            var id = Interlocked.Increment(ref _conversations);
            await http.Response.WriteAsync($"{{\"id\":\"a:proactive-{id}\"}}");
            return;
        }

        if (path.Contains("/v3/conversations/a%3Aproactive-", StringComparison.OrdinalIgnoreCase)
            || path.Contains("/v3/conversations/a:proactive-", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _proactiveSends);
        }

        await http.Response.WriteAsync($"{{\"id\":\"r{count}\"}}");
    }
}
