using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>
/// A Bot Connector (or any HTTP peer) on 127.0.0.1 with a free port, over real Kestrel. It records every
/// request and answers from a script (<see cref="Enqueue"/>, first in first out) or, when the script is
/// empty, as a well-behaved connector does: <c>201 {"id":…}</c> for new activities and conversations,
/// <c>200</c> for updates, deletes and member look-ups. Reusable by host tests as the bot's serviceUrl.
/// </summary>
internal sealed class RecordingConnector : IAsyncDisposable
{
    private readonly ConcurrentQueue<ScriptedResponse> script = new();
    private readonly List<RecordedRequest> requests = [];
    private readonly Lock gate = new();
    private readonly Func<RecordedRequest, ScriptedResponse> fallback;
    private TaskCompletionSource arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private WebApplication? app;
    private int counter;

    private RecordingConnector(Func<RecordedRequest, ScriptedResponse>? fallback) => this.fallback = fallback ?? ConnectorDefault;

    /// <summary>Root address with a trailing slash, e.g. <c>http://127.0.0.1:41234/</c>: use it as a serviceUrl.</summary>
    public string ServiceUrl { get; private set; } = string.Empty;

    public IReadOnlyList<RecordedRequest> Requests
    {
        get
        {
            lock (gate)
            {
                return [.. requests];
            }
        }
    }

    public static async Task<RecordingConnector> StartAsync(Func<RecordedRequest, ScriptedResponse>? fallback = null)
    {
        var connector = new RecordingConnector(fallback);
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        connector.app = builder.Build();
        connector.app.Run(connector.HandleAsync);
        await connector.app.StartAsync();
        connector.ServiceUrl = connector.app.Urls.Single().TrimEnd('/') + "/";
        return connector;
    }

    public void Enqueue(params ScriptedResponse[] responses)
    {
        foreach (var response in responses)
        {
            script.Enqueue(response);
        }
    }

    /// <summary>What a member look-up answers with when set (a JSON array of accounts); otherwise one user, <c>29:user-1</c>.</summary>
    public JsonArray? Members { get; set; }

    /// <summary>
    /// When set and it returns a task for a request, the answer to that request waits for the task (or for
    /// the client to go away): a reply held in flight, as when the bot dies while sending it.
    /// </summary>
    public Func<RecordedRequest, Task?>? HoldWhen { get; set; }

    /// <summary>Waits (without polling) until at least <paramref name="count"/> requests have arrived.</summary>
    public Task<IReadOnlyList<RecordedRequest>> WaitForRequestsAsync(int count, TimeSpan timeout) =>
        WaitUntilAsync(r => r.Count >= count, timeout);

    /// <summary>Waits (without polling: each arrival re-checks) until the requests so far satisfy <paramref name="condition"/>.</summary>
    public async Task<IReadOnlyList<RecordedRequest>> WaitUntilAsync(Func<IReadOnlyList<RecordedRequest>, bool> condition, TimeSpan timeout)
    {
        ArgumentNullException.ThrowIfNull(condition);
        using var deadline = new CancellationTokenSource(timeout);
        while (true)
        {
            Task next;
            lock (gate)
            {
                if (condition(requests))
                {
                    return [.. requests];
                }

                next = arrived.Task;
            }

            await next.WaitAsync(deadline.Token);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.StopAsync();
            await app.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var recorded = new RecordedRequest(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            await reader.ReadToEndAsync(context.RequestAborted),
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.ContentType);
        lock (gate)
        {
            requests.Add(recorded);
            var signalled = arrived;
            arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            signalled.TrySetResult();
        }

        var response = script.TryDequeue(out var scripted) ? scripted : fallback(recorded);
        if (HoldWhen?.Invoke(recorded) is { } hold)
        {
            response = response with { Hold = hold };
        }

        if (response.Hold is not null)
        {
            try
            {
                await response.Hold.WaitAsync(context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return; // the client gave up (its timeout): nothing to answer
            }
        }

        context.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers ?? new Dictionary<string, string>())
        {
            context.Response.Headers[name] = value;
        }

        if (response.Body is not null)
        {
            context.Response.ContentType = "application/json; charset=utf-8";
            await context.Response.WriteAsync(response.Body, context.RequestAborted);
        }
    }

    private ScriptedResponse ConnectorDefault(RecordedRequest request)
    {
        var n = Interlocked.Increment(ref counter);
        var path = request.RawTarget.Split('?')[0].TrimEnd('/');
        return request.Method switch
        {
            "POST" when path.EndsWith("/v3/conversations", StringComparison.Ordinal) =>
                ScriptedResponse.Json(201, new JsonObject { ["id"] = $"a:created-{n}", ["activityId"] = $"activity-{n}" }),
            "POST" => ScriptedResponse.Json(201, new JsonObject { ["id"] = $"activity-{n}" }),
            "PUT" => ScriptedResponse.Json(200, new JsonObject { ["id"] = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]) }),
            "DELETE" => ScriptedResponse.Json(200, new JsonObject()),
            "GET" when path.EndsWith("/members", StringComparison.Ordinal) =>
                ScriptedResponse.Json(200, Members?.DeepClone() ?? new JsonArray(new JsonObject { ["id"] = "29:user-1", ["name"] = "Test User", ["aadObjectId"] = "aad-1" })),
            "GET" => ScriptedResponse.Json(200, new JsonObject { ["id"] = Uri.UnescapeDataString(path[(path.LastIndexOf('/') + 1)..]), ["name"] = "Test User" }),
            _ => new ScriptedResponse(405),
        };
    }
}
