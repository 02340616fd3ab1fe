using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.LanguageModel;

/// <summary>
/// A real Kestrel on loopback that speaks the OpenAI chat-completions wire format (POST …/chat/completions, a
/// <c>chat.completion</c> object back), on both URL shapes: OpenAI-compatible and Azure OpenAI's
/// /openai/deployments/{d}/chat/completions?api-version=…. Each call is recorded; the test decides the answer per
/// call by the request's <c>response_format.json_schema.name</c> (grounded_answer or pitfall_findings). A request with
/// <c>"stream": true</c> is answered in the documented streaming format: server-sent events, one
/// <c>data: {chat.completion.chunk}</c> line per piece of text, a last chunk with the finish reason (and the usage when
/// <c>stream_options.include_usage</c> asks for it), then <c>data: [DONE]</c>.
/// </summary>
internal sealed class FakeChatCompletions : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly SemaphoreSlim _arrivals = new(0);

    private FakeChatCompletions(WebApplication app) => _app = app;

    public ConcurrentQueue<RecordedCall> Calls { get; } = new();

    /// <summary>Completes when the first request has been received (for tests that then move the clock).</summary>
    public TaskCompletionSource Received { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when <paramref name="count"/> requests have been received, in all (for tests that hold every call, then move the clock).</summary>
    public async Task ReceivedAsync(int count)
    {
        for (var i = 0; i < count; i++)
        {
            await _arrivals.WaitAsync();
        }

        _arrivals.Release(count);
    }

    public Uri BaseAddress => new(_app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());

    /// <param name="answer">Maps (schema name, request body) to a status and a raw response body.</param>
    /// <param name="hold">When given, the answer waits for it (or for the client to give up).</param>
    /// <param name="streamed">The pieces of text a streaming request gets, one event each; the test may await between them.</param>
    public static async Task<FakeChatCompletions> StartAsync(
        Func<string, JsonObject, (int Status, string Body)> answer, Task? hold = null, Func<JsonObject, IAsyncEnumerable<string>>? streamed = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var service = new FakeChatCompletions(app);
        app.Run(async context =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var raw = await reader.ReadToEndAsync();
            var body = JsonNode.Parse(raw)!.AsObject();
            var schema = (string?)body["response_format"]?["json_schema"]?["name"] ?? "";
            service.Calls.Enqueue(new RecordedCall(
                context.Request.Path.Value ?? "",
                context.Request.QueryString.Value ?? "",
                context.Request.Headers.Authorization.ToString(),
                context.Request.Headers["api-key"].ToString(),
                schema,
                raw,
                body));
            service.Received.TrySetResult();
            service._arrivals.Release();
            if (hold is not null)
            {
                await Task.WhenAny(hold, Task.Delay(Timeout.Infinite, context.RequestAborted)).ContinueWith(_ => { }, TaskScheduler.Default);
                if (context.RequestAborted.IsCancellationRequested)
                {
                    return;
                }
            }

            if ((bool?)body["stream"] == true && streamed is not null)
            {
                await WriteEventsAsync(context, streamed(body), (bool?)body["stream_options"]?["include_usage"] == true);
                return;
            }

            var (status, json) = answer(schema, body);
            context.Response.StatusCode = status;
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        });
        await app.StartAsync();
        return service;
    }

    /// <summary>A chat.completion whose one choice carries <paramref name="content"/> as the assistant message.</summary>
    public static string Completion(string content) => new JsonObject
    {
        ["id"] = "chatcmpl-test",
        ["object"] = "chat.completion",
        ["created"] = 1764720000,
        ["model"] = "test-model",
        ["choices"] = new JsonArray(new JsonObject
        {
            ["index"] = 0,
            ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content },
            ["finish_reason"] = "stop",
        }),
        ["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 50, ["total_tokens"] = 150 },
    }.ToJsonString();

    private static async Task WriteEventsAsync(HttpContext context, IAsyncEnumerable<string> pieces, bool includeUsage)
    {
        context.Response.StatusCode = 200;
        context.Response.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-cache";
        await WriteEventAsync(context, Chunk(new JsonObject { ["role"] = "assistant", ["content"] = "" }, null));
        await foreach (var piece in pieces)
        {
            await WriteEventAsync(context, Chunk(new JsonObject { ["content"] = piece }, null));
        }

        await WriteEventAsync(context, Chunk(new JsonObject(), "stop"));
        if (includeUsage)
        {
            var usage = ChunkEnvelope(new JsonArray());
            usage["usage"] = new JsonObject { ["prompt_tokens"] = 100, ["completion_tokens"] = 50, ["total_tokens"] = 150 };
            await WriteEventAsync(context, usage.ToJsonString());
        }

        await WriteEventAsync(context, "[DONE]");
    }

    private static async Task WriteEventAsync(HttpContext context, string data)
    {
        await context.Response.WriteAsync("data: " + data + "\n\n");
        await context.Response.Body.FlushAsync();
    }

    private static string Chunk(JsonObject delta, string? finishReason) =>
        ChunkEnvelope(new JsonArray(new JsonObject { ["index"] = 0, ["delta"] = delta, ["finish_reason"] = finishReason })).ToJsonString();

    private static JsonObject ChunkEnvelope(JsonArray choices) => new()
    {
        ["id"] = "chatcmpl-stream",
        ["object"] = "chat.completion.chunk",
        ["created"] = 1764720000,
        ["model"] = "test-model",
        ["choices"] = choices,
    };

    /// <summary>The passage ids the request offered (from the user message's JSON).</summary>
    public static IReadOnlyList<string> PassageIds(JsonObject body)
    {
        var content = JsonNode.Parse(UserText(body))!;
        return [.. content["passages"]!.AsArray().Select(p => (string)p!["id"]!)];
    }

    /// <summary>The user message's text, whether sent as a string or as text parts (both are the documented format).</summary>
    public static string UserText(JsonObject body)
    {
        var content = body["messages"]!.AsArray().Last(m => (string?)m!["role"] == "user")!["content"]!;
        return content is JsonArray parts
            ? string.Concat(parts.Select(p => (string?)p!["text"] ?? ""))
            : (string)content!;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrivals.Dispose();
    }

    internal sealed record RecordedCall(string Path, string Query, string Authorization, string ApiKey, string Schema, string Raw, JsonObject Body);
}
