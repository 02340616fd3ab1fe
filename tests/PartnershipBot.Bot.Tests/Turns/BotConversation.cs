using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// One user talking to the real bot over HTTP, with a recording connector as the serviceUrl: what
/// the user does goes in as Teams-shaped activities; what the bot sends is read off the connector.
/// </summary>
internal sealed class BotConversation(IBotInstance host, RecordingConnector connector, string userId = Activities.UserId, string conversationId = "a:conv-1", string locale = "nl-NL", string conversationType = "personal", string tenantId = Activities.Tenant)
{
    private int _seen;

    public string UserId => userId;

    /// <summary>The Entra object id Teams sends beside the user id (<c>from.aadObjectId</c>), when the test gives one.</summary>
    public string? AadObjectId { get; init; }

    /// <summary>The instance the next turn goes to; a scale-out test moves it between instances of one bot.</summary>
    public IBotInstance Host { get; set; } = host;

    /// <summary>From now on, turns return only what is sent after this call (for a chat the bot opened earlier).</summary>
    public BotConversation FromNow()
    {
        _seen = connector.Requests.Count(r => r.Json?["recipient"]?["id"]?.GetValue<string>() == userId || r.Method == "PUT");
        return this;
    }

    /// <summary>Sends <paramref name="activity"/> and returns what the bot sent to the connector during that turn.</summary>
    public async Task<Turn> SendAsync(JsonObject activity)
    {
        activity["from"] = new JsonObject { ["id"] = userId, ["name"] = userId };
        if (AadObjectId is not null)
        {
            activity["from"]!["aadObjectId"] = AadObjectId;
        }
        activity["conversation"]!["conversationType"] = conversationType;
        if (tenantId != Activities.Tenant)
        {
            activity["conversation"]!["tenantId"] = tenantId;
            activity["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } };
        }

        var response = await Host.PostActivityAsync(activity);
        var body = await response.Content.ReadAsStringAsync();
        var requests = connector.Requests.Where(r => r.Json?["recipient"]?["id"]?.GetValue<string>() == userId || r.Method == "PUT").ToList();
        var sent = requests.Skip(_seen).ToList();
        _seen = requests.Count;
        return new Turn((int)response.StatusCode, body.Length == 0 ? null : JsonNode.Parse(body), sent);
    }

    public Task<Turn> SayAsync(string text) =>
        SendAsync(Activities.Message(text, conversationId, connector.ServiceUrl, locale: locale));

    /// <summary>Action.Submit of <paramref name="card"/>'s action <paramref name="action"/> with <paramref name="inputs"/>.</summary>
    public Task<Turn> SubmitAsync(string cardMessageId, JsonObject card, string action, params (string Key, string Value)[] inputs)
    {
        var value = CardData.Of(card, action);
        foreach (var (key, v) in inputs)
        {
            value[key] = v;
        }

        var activity = Activities.Base("message", conversationId, connector.ServiceUrl, null, locale, new JsonObject { ["value"] = value, ["replyToId"] = cardMessageId });
        return SendAsync(activity);
    }

    /// <summary>Action.Execute (Universal Actions) of <paramref name="card"/>'s action, as an adaptiveCard/action invoke.</summary>
    public Task<Turn> ExecuteAsync(string cardMessageId, JsonObject card, string action, params (string Key, string Value)[] inputs)
    {
        var data = CardData.Of(card, action);
        foreach (var (key, v) in inputs)
        {
            data[key] = v;
        }

        var invoke = Activities.Invoke("adaptiveCard/action", new JsonObject { ["action"] = new JsonObject { ["type"] = "Action.Execute", ["verb"] = action, ["data"] = data } }, conversationId, connector.ServiceUrl);
        invoke["replyToId"] = cardMessageId;
        invoke["locale"] = locale;
        return SendAsync(invoke);
    }

    internal sealed record Turn(int Status, JsonNode? Body, IReadOnlyList<RecordedRequest> Sent)
    {
        public IEnumerable<JsonObject> Cards => Sent.Where(r => r.Method == "POST").Select(r => r.Json?["attachments"]?[0]?["content"]).OfType<JsonObject>();

        public JsonObject LastCard => Cards.Last();

        public string Texts => string.Join("\n", Sent.Select(r => r.Json?["text"]?.GetValue<string>()).OfType<string>());
    }
}
