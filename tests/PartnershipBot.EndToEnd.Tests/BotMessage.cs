using System.Text.Json.Nodes;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>A message the bot posted, as the playground's conversation stream reports it.</summary>
public sealed record BotMessage(JsonObject Raw)
{
    public string Id => Raw["messageId"]?.GetValue<string>() ?? string.Empty;

    /// <summary>createMessage or updateMessage.</summary>
    public string Action => Raw["_action"]?.GetValue<string>() ?? string.Empty;

    public string Text => Raw["text"]?.GetValue<string>() ?? string.Empty;

    /// <summary>The first Adaptive Card's content, or null.</summary>
    public JsonObject? Card => Raw["attachments"]?.AsArray()
        .OfType<JsonObject>()
        .FirstOrDefault(a => a["contentType"]?.GetValue<string>() == "application/vnd.microsoft.card.adaptive")?["content"] switch
        {
            JsonObject card => card,
            JsonValue value when value.TryGetValue<string>(out var json) => JsonNode.Parse(json) as JsonObject,
            _ => null,
        };

    /// <summary>All visible text of the message and its card, for assertions on what a user reads.</summary>
    public string VisibleText => Text + "\n" + string.Join('\n', Texts(Card));

    public string Summary => $"{Action}:{Id}:{(Card is null ? Text : "card " + string.Join(" / ", Texts(Card).Take(2)))}";

    private static IEnumerable<string> Texts(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "title" or "label" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Texts(p.Value)),
        JsonArray a => a.SelectMany(Texts),
        _ => [],
    };
}
