using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Scheduling;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Scheduling;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Bot.Tests.Telemetry;

/// <summary>
/// What the bot's traces and metrics carry, read from in-memory exporters attached to the real host: a
/// quick check, a free-text message, a failing connector call and a reminder — and none of the user's
/// words, name or ids anywhere in them.
/// </summary>
public sealed class TelemetryHostTests : IAsyncLifetime
{
    private const string UserId = "29:user-telemetry-7f3a";
    private const string AadId = "aad-telemetry-5c1e";
    private const string UserName = "Annemarie Telemetriek";
    private const string ConversationId = "a:conversation-telemetry-91b2";
    private const string FreeText = "De eigenaren boekten in de kelder van Zwammerdam meteen een besparing in";
    private const string ReminderWho = "Gerritje Opvolgstra";
    private const string ReminderWhat = "rapport over de zandbak nasturen";

    private static readonly string[] Secrets = [UserId, AadId, UserName, ConversationId, "Zwammerdam", ReminderWho, "zandbak", "snelle check"];

    // The exporters add from the SDK's own threads while the test reads: every access takes the collection's lock.
    private readonly LockedCollection<Activity> _spans = new();
    private readonly LockedCollection<MetricSnapshot> _metrics = new();
    private RecordingConnector _connector = null!;
    private TestBotHost _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await RecordingConnector.StartAsync();
        _host = await TestBotHost.StartAsync(settings: ReminderSettings.AlwaysWorking(), configure: b =>
        {
            // An exporter of the test's own: sample as an exporting deployment does.
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.SetSampler(new AlwaysOnSampler()).AddInMemoryExporter(_spans));
            b.Services.ConfigureOpenTelemetryMeterProvider(m => m.AddInMemoryExporter(_metrics));
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    [Fact]
    public async Task ConversationConnectorFailureAndReminder_SpansAndMetricsPresent_NoUserContentAnywhere()
    {
        await RunScenarioAsync();

        Flush();
        var spans = Snapshot();
        var turn = spans.First(s => s.OperationName == BotTelemetry.Spans.Turn && Tag(s, BotTelemetry.Tags.Outcome) == "ok" && Tag(s, BotTelemetry.Tags.ActivityType) == "message");
        Assert.True(turn.Duration > TimeSpan.Zero);
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Storage && s.ParentSpanId == turn.SpanId);
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Turn && Tag(s, BotTelemetry.Tags.Outcome) == "failed");
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Connector && Tag(s, BotTelemetry.Tags.ConnectorOperation) == "update" && Tag(s, BotTelemetry.Tags.HttpStatus) == "200");
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Connector && Tag(s, BotTelemetry.Tags.HttpStatus) == "403");
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Storage && Tag(s, BotTelemetry.Tags.StorageOperation) == "write" && Tag(s, BotTelemetry.Tags.StorageSystem) == "sqlite");
        Assert.Contains(spans, s => s.OperationName == BotTelemetry.Spans.Reminder && Tag(s, BotTelemetry.Tags.ReminderKind) == FollowUpReminderHandler.FollowUpKind && Tag(s, BotTelemetry.Tags.Outcome) == "ok");
        var toConnector = spans.Where(s => Tag(s, "url.full")?.StartsWith(_connector.ServiceUrl, StringComparison.Ordinal) == true).ToList();
        Assert.Contains(toConnector, s => Tag(s, "url.full") == _connector.ServiceUrl + "v3/conversations/{id}/activities/{id}");
        Assert.All(toConnector, s => Assert.StartsWith(_connector.ServiceUrl + "v3/conversations", Tag(s, "url.full"), StringComparison.Ordinal));
        Assert.Contains(spans, s => s.Kind == ActivityKind.Server && Tag(s, "url.path") == "/api/messages");

        Assert.True(Sum(BotTelemetry.Instruments.Turns, (BotTelemetry.Tags.Outcome, "ok")) >= 3);
        Assert.True(Sum(BotTelemetry.Instruments.Turns, (BotTelemetry.Tags.Outcome, "failed")) >= 1);
        Assert.Contains(_metrics.Snapshot(), m => m.Name == BotTelemetry.Instruments.TurnDuration && m.MetricType == MetricType.Histogram && m.MetricPoints.Any(p => p.GetHistogramCount() > 0));
        Assert.True(Sum(BotTelemetry.Instruments.ConnectorFailures, (BotTelemetry.Tags.HttpStatus, "403")) >= 1);
        Assert.True(Sum(BotTelemetry.Instruments.RemindersFired, (BotTelemetry.Tags.ReminderKind, FollowUpReminderHandler.FollowUpKind)) >= 1);
        Assert.Contains(_metrics.Snapshot(), m => m.Name == BotTelemetry.Instruments.SchedulerBacklog);
        Assert.Contains(_metrics.Snapshot(), m => m.Name == BotTelemetry.Instruments.OpenRounds);

        // The recording connector is an ASP.NET Core app in this process: its server spans show the paths
        // the bot called, as Teams' own logs would. They are not the bot's telemetry.
        var connectorPort = new Uri(_connector.ServiceUrl).Port;
        var bots = spans.Where(s => !(s.Kind == ActivityKind.Server && Tag(s, "server.port") == connectorPort.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var everything = Describe(bots) + DescribeMetrics();
        Assert.All(Secrets, secret => Assert.DoesNotContain(secret, everything, StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(FreeText, everything, StringComparison.OrdinalIgnoreCase);
    }

    private async Task RunScenarioAsync()
    {
        var question = Card(await SendAsync(Message("snelle check")));
        await SendAsync(Message(null, CardData.Of(question, "answer").Also(CardData.InputId(question), CardData.Option(question, 0)), replyToId: "card-1"));
        await SendAsync(Message(FreeText));

        // The user removed the bot: the reply gets 403, the turn apologises (and that fails too).
        _connector.Enqueue(ScriptedResponse.Error(403, "BotNotInConversationRoster"), ScriptedResponse.Error(403, "BotNotInConversationRoster"));
        await SendAsync(Message("help"));

        var before = _connector.Requests.Count;
        var payload = new FollowUpPayload(_connector.ServiceUrl, "msteams", Activities.BotId, "PartnershipBot", UserId, UserName, ReminderWho, ReminderWhat, "nl-NL").ToJson();
        await _host.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(
            new ReminderSpec(Activities.Tenant, UserId, FollowUpReminderHandler.FollowUpKind, "follow-up", payload, DateTimeOffset.UtcNow, null, ReminderWhat), default);
        await _connector.WaitForRequestsAsync(before + 1, TimeSpan.FromSeconds(30));
        // The job's span ends when Execute returns, a moment after the connector saw the message.
        await WaitForAsync(() => Snapshot().Any(s => s.OperationName == BotTelemetry.Spans.Reminder));
    }

    private JsonObject Message(string? text, JsonObject? value = null, string? replyToId = null)
    {
        var extra = new JsonObject { ["textFormat"] = "plain" };
        if (text is not null)
        {
            extra["text"] = text;
        }

        if (value is not null)
        {
            extra["value"] = value;
            extra["replyToId"] = replyToId;
        }

        var activity = Activities.Base("message", ConversationId, _connector.ServiceUrl, null, "nl-NL", extra);
        activity["from"] = new JsonObject { ["id"] = UserId, ["name"] = UserName, ["aadObjectId"] = AadId };
        return activity;
    }

    private async Task<IReadOnlyList<RecordedRequest>> SendAsync(JsonObject activity)
    {
        var before = _connector.Requests.Count;
        using var response = await _host.PostActivityAsync(activity);
        Assert.True(response.IsSuccessStatusCode, $"status {(int)response.StatusCode}");
        return [.. _connector.Requests.Skip(before)];
    }

    private static JsonObject Card(IReadOnlyList<RecordedRequest> sent) =>
        sent.Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>().Last();

    private void Flush()
    {
        Assert.True(_host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(_host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));
    }

    private List<Activity> Snapshot() => _spans.Snapshot();

    private static async Task WaitForAsync(Func<bool> condition)
    {
        var started = TimeProvider.System.GetTimestamp();
        while (!condition())
        {
            Assert.True(TimeProvider.System.GetElapsedTime(started) < TimeSpan.FromSeconds(10), "The condition did not hold within 10 s.");
            await Task.Delay(50);
        }
    }

    private static string? Tag(Activity span, string key) => span.GetTagItem(key) switch
    {
        null => null,
        IFormattable f => f.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        var v => v.ToString(),
    };

    private long Sum(string instrument, (string Key, string Value) tag) =>
        _metrics.Snapshot().Where(m => m.Name == instrument)
            .SelectMany(m => m.MetricPoints)
            .Where(p => Tags(p).Any(t => t.Key == tag.Key && Convert.ToString(t.Value, System.Globalization.CultureInfo.InvariantCulture) == tag.Value))
            .Select(p => p.GetSumLong())
            .DefaultIfEmpty(0)
            .Max();

    private static List<KeyValuePair<string, object?>> Tags(MetricPoint point)
    {
        var tags = new List<KeyValuePair<string, object?>>();
        foreach (var tag in point.Tags)
        {
            tags.Add(tag);
        }

        return tags;
    }

    private static string Describe(IEnumerable<Activity> spans)
    {
        var text = new StringBuilder();
        foreach (var span in spans)
        {
            text.Append(span.DisplayName).Append('|').Append(span.OperationName).Append('|').Append(span.StatusDescription).Append('|');
            foreach (var tag in span.TagObjects)
            {
                text.Append(tag.Key).Append('=').Append(tag.Value).Append(';');
            }

            foreach (var e in span.Events)
            {
                text.Append(e.Name).Append(';');
                foreach (var tag in e.Tags)
                {
                    text.Append(tag.Key).Append('=').Append(tag.Value).Append(';');
                }
            }

            foreach (var item in span.Baggage)
            {
                text.Append(item.Key).Append('=').Append(item.Value).Append(';');
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    private string DescribeMetrics()
    {
        var text = new StringBuilder();
        foreach (var metric in _metrics.Snapshot())
        {
            text.Append(metric.Name).Append('|').Append(metric.Description).Append('|');
            foreach (var point in metric.MetricPoints)
            {
                foreach (var tag in Tags(point))
                {
                    text.Append(tag.Key).Append('=').Append(tag.Value).Append(';');
                }
            }

            text.AppendLine();
        }

        return text.ToString();
    }
}

/// <summary>An <see cref="ICollection{T}"/> for the in-memory exporters that is safe to read while they add.</summary>
internal sealed class LockedCollection<T> : ICollection<T>
{
    private readonly List<T> _items = [];

    public int Count
    {
        get
        {
            lock (_items)
            {
                return _items.Count;
            }
        }
    }

    public bool IsReadOnly => false;

    public List<T> Snapshot()
    {
        lock (_items)
        {
            return [.. _items];
        }
    }

    public void Add(T item)
    {
        lock (_items)
        {
            _items.Add(item);
        }
    }

    public void Clear()
    {
        lock (_items)
        {
            _items.Clear();
        }
    }

    public bool Contains(T item)
    {
        lock (_items)
        {
            return _items.Contains(item);
        }
    }

    public void CopyTo(T[] array, int arrayIndex)
    {
        lock (_items)
        {
            _items.CopyTo(array, arrayIndex);
        }
    }

    public bool Remove(T item)
    {
        lock (_items)
        {
            return _items.Remove(item);
        }
    }

    public IEnumerator<T> GetEnumerator() => Snapshot().GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
