using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bench.Scale;

/// <summary>Sends Teams-shaped activities to the bot and times each turn until its HTTP answer (replies are sent within the turn).</summary>
internal sealed class BotClient(int port, int stubPort)
{
    public const string Tenant = "scale-tenant-rounds";
    public const string Consultant = "29:scale-consultant";
    private const string Channel = "19:scale-channel@thread.tacv2";

    private readonly HttpClient _http = new() { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
    private int _next;

    public Task<(double Ms, int Replies)> SayInChannelAsync(string userId, string text) =>
        SendAsync(Message(userId, Tenant, Channel, "channel", text));

    /// <summary>The same text <paramref name="count"/> times in the user's 1:1 chat; median and 95th percentile in ms.</summary>
    public async Task<(double P50, double P95)> TimeTurnsAsync(string userId, string tenantId, string text, int count)
    {
        var samples = new List<double>(count);
        for (var i = 0; i < count + 5; i++)
        {
            var (ms, _) = await SendAsync(Message(userId, tenantId, "a:scale-" + userId, "personal", text));
            if (i >= 5)
            {
                samples.Add(ms); // the first few warm up
            }
        }

        samples.Sort();
        return (Math.Round(samples[samples.Count / 2], 2), Math.Round(samples[(int)(samples.Count * 0.95)], 2));
    }

    private async Task<(double Ms, int Replies)> SendAsync(JsonObject activity)
    {
        var watch = Stopwatch.StartNew();
        using var response = await _http.PostAsJsonAsync("api/messages", activity);
        response.EnsureSuccessStatusCode();
        return (Math.Round(watch.Elapsed.TotalMilliseconds, 2), 0);
    }

    private JsonObject Message(string userId, string tenantId, string conversationId, string type, string text) => new()
    {
        ["type"] = "message",
        ["id"] = "scale-" + Interlocked.Increment(ref _next),
        ["channelId"] = "msteams",
        ["serviceUrl"] = $"http://127.0.0.1:{stubPort}/",
        ["from"] = new JsonObject { ["id"] = userId, ["name"] = "Bench" },
        ["recipient"] = new JsonObject { ["id"] = "28:scale-bot", ["name"] = "PartnershipBot" },
        ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = type, ["tenantId"] = tenantId },
        ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = tenantId } },
        ["locale"] = "nl-NL",
        ["text"] = text,
        ["textFormat"] = "plain",
    };
}
