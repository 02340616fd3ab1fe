using System.Net.Http.Json;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>
/// One user in the playground's personal chat: what they do goes through the playground's HTTP API
/// (as its UI would), and everything the bot posts arrives on the playground's conversation stream.
/// </summary>
public sealed class PlaygroundSession : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(20);
    private readonly PlaygroundFixture _fixture;
    private readonly ClientWebSocket _socket = new();
    private readonly Channel<JsonObject> _events = Channel.CreateUnbounded<JsonObject>();
    private readonly CancellationTokenSource _stop = new();
    private Task _pump = Task.CompletedTask;

    private PlaygroundSession(PlaygroundFixture fixture, string conversationId, string userId)
    {
        _fixture = fixture;
        ConversationId = conversationId;
        UserId = userId;
    }

    public string ConversationId { get; }

    public string UserId { get; }

    /// <summary>Every bot message seen so far, by message id (updates replace the earlier version).</summary>
    public Dictionary<string, JsonObject> Messages { get; } = [];

    internal static async Task<PlaygroundSession> OpenAsync(PlaygroundFixture fixture, string conversationId, string userId)
    {
        var session = new PlaygroundSession(fixture, conversationId, userId);
        var ws = new UriBuilder(fixture.PlaygroundBase) { Scheme = "ws", Path = "/_ws_conversation/v1/conversations/stream" }.Uri;
        await session._socket.ConnectAsync(ws, CancellationToken.None);
        session._pump = session.PumpAsync();
        return session;
    }

    public Task InstallAsync() => PostAsync($"/_debug/conversation/{ConversationId}/installation", new JsonObject());

    public Task SayAsync(string text) =>
        PostAsync($"/_conversation/v1/conversations/{ConversationId}/messages", new JsonObject { ["from"] = new JsonObject { ["id"] = UserId }, ["text"] = text, ["textFormat"] = "plain" });

    /// <summary>
    /// A message that @mentions the bot, as a group chat or channel needs: Teams (and the playground)
    /// only deliver those to the bot. The bot sees the mention in the text and as an entity.
    /// </summary>
    public async Task MentionBotAsync(string text)
    {
        var config = (await _fixture.Playground.GetFromJsonAsync<JsonObject>("/_internal/v1/config"))!["config"]!["bot"]!;
        var mention = $"<at>{config["name"]!.GetValue<string>()}</at>";
        await PostAsync($"/_conversation/v1/conversations/{ConversationId}/messages", new JsonObject
        {
            ["from"] = new JsonObject { ["id"] = UserId },
            ["text"] = mention + " " + text,
            ["textFormat"] = "plain",
            ["mentions"] = new JsonArray(new JsonObject { ["mentioned"] = new JsonObject { ["id"] = config["id"]!.GetValue<string>() }, ["text"] = mention }),
        });
    }

    /// <summary>Action.Submit: the card's data merged with its inputs, as Teams sends it.</summary>
    public Task SubmitAsync(string cardMessageId, JsonObject value) =>
        PostAsync("/_conversation/v1/submit", new JsonObject
        {
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = value,
        });

    /// <summary>Action.Execute: returns the bot's invoke response as the playground relays it.</summary>
    public async Task<JsonObject?> ExecuteAsync(string cardMessageId, string verb, JsonObject data)
    {
        var response = await PostAsync("/_conversation/v1/invoke", new JsonObject
        {
            ["name"] = "adaptiveCard/action",
            ["conversation"] = new JsonObject { ["id"] = ConversationId },
            ["from"] = new JsonObject { ["id"] = UserId },
            ["replyToId"] = cardMessageId,
            ["value"] = new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = verb, ["data"] = data }, ["trigger"] = "manual" },
        });
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? null : JsonNode.Parse(text) as JsonObject;
    }

    /// <summary>
    /// Answers question cards by Action.Execute (options alternating first/second) from <paramref name="first"/>
    /// until a card without inputs arrives; <paramref name="onResponse"/> sees each invoke response.
    /// </summary>
    public async Task<(BotMessage Last, int Answered)> AnswerQuestionsAsync(BotMessage first, Action<JsonObject?>? onResponse = null)
    {
        var card = first;
        var answered = 0;
        while (CardReader.IsQuestion(card))
        {
            var response = await ExecuteAsync(card.Id, "answer", CardReader.Answer(card.Card!, answered % 2));
            onResponse?.Invoke(response);
            answered++;
            var previous = card.Id;
            card = await WaitForAsync(m => m.Action == "createMessage" && m.Id != previous && m.Card is not null, "the next card");
        }

        return (card, answered);
    }

    /// <summary>Waits for the next bot event (createMessage/updateMessage) that satisfies <paramref name="predicate"/>.</summary>
    public async Task<BotMessage> WaitForAsync(Func<BotMessage, bool> predicate, string what)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            while (true)
            {
                var message = new BotMessage(await _events.Reader.ReadAsync(timeout.Token));
                if (predicate(message))
                {
                    return message;
                }
            }
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"No bot message matching '{what}' within {Patience.TotalSeconds} s. Seen: {string.Join(" | ", Messages.Values.Select(m => new BotMessage(m).Summary))}\nPlayground log:\n{_fixture.PlaygroundLog()}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _socket.CloseAsync(WebSocketCloseStatus.NormalClosure, null, CancellationToken.None);
        }
        catch (WebSocketException)
        {
            // The playground may already be gone; nothing to close.
        }

        await _pump.ContinueWith(_ => { }, TaskScheduler.Default);
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task<HttpResponseMessage> PostAsync(string path, JsonObject body)
    {
        var response = await _fixture.Playground.PostAsJsonAsync(path, body);
        Assert.True(response.IsSuccessStatusCode, $"POST {path} -> {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    private async Task PumpAsync()
    {
        var buffer = new byte[64 * 1024];
        using var frame = new MemoryStream();
        while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
        {
            var result = await _socket.ReceiveAsync(buffer, _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                break;
            }

            frame.Write(buffer, 0, result.Count);
            if (!result.EndOfMessage)
            {
                continue;
            }

            if (JsonNode.Parse(Encoding.UTF8.GetString(frame.ToArray())) is JsonObject envelope && envelope["message"] is JsonObject message)
            {
                var id = message["messageId"]?.GetValue<string>() ?? Guid.NewGuid().ToString();
                message["_action"] = envelope["action"]?.GetValue<string>();
                Messages[id] = message;
                await _events.Writer.WriteAsync(message);
            }

            frame.SetLength(0);
        }
    }
}
