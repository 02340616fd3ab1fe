using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.Analysis;

/// <summary>A real Kestrel on loopback that answers analyze-text calls the way the test tells it to.</summary>
internal sealed class FakeLanguageService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private FakeLanguageService(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <summary>
    /// Starts the server; <paramref name="answer"/> maps (kind, request body) to a status and JSON body,
    /// sent once <paramref name="hold"/> (if any) completes or the client gives up.
    /// </summary>
    public static async Task<FakeLanguageService> StartAsync(Func<string, JsonObject, (int Status, string Body)> answer, Task? hold = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeLanguageService(app);
        app.Run(async context =>
        {
            var body = (JsonObject?)await JsonNode.ParseAsync(context.Request.Body) ?? [];
            var kind = (string?)body["kind"] ?? string.Empty;
            service.Calls.Enqueue(new RecordedCall(
                context.Request.Path.Value ?? string.Empty,
                context.Request.QueryString.Value ?? string.Empty,
                context.Request.Headers["Ocp-Apim-Subscription-Key"].ToString(),
                kind,
                body));
            if (hold is not null)
            {
                await Task.WhenAny(hold, Task.Delay(Timeout.Infinite, context.RequestAborted));
                if (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
            }

            var (status, json) = answer(kind, body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        return service;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    internal sealed record RecordedCall(string Path, string Query, string Key, string Kind, JsonObject Body);
}
