using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>Reads cards the way a click does.</summary>
internal static class CardData
{
    public static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit" => [o],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    public static JsonObject Of(JsonObject card, string action) =>
        (JsonObject)Actions(card).First(a => a["data"]?["action"]?.GetValue<string>() == action)["data"]!.DeepClone();

    public static JsonObject? ChoiceSet(JsonObject card) =>
        Find(card, n => n["type"]?.GetValue<string>() == "Input.ChoiceSet");

    public static string InputId(JsonObject card) => ChoiceSet(card)!["id"]!.GetValue<string>();

    public static string Option(JsonObject card, int index) => ChoiceSet(card)!["choices"]![index]!["value"]!.GetValue<string>();

    public static bool IsQuestion(JsonObject card) => ChoiceSet(card) is not null;

    public static string AllText(JsonNode? node) => node switch
    {
        JsonObject o => string.Join(" ", o.Select(p => p.Key is "text" or "title" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? s : AllText(p.Value))),
        JsonArray a => string.Join(" ", a.Select(AllText)),
        _ => string.Empty,
    };

    private static JsonObject? Find(JsonNode? node, Func<JsonObject, bool> match) => node switch
    {
        JsonObject o when match(o) => o,
        JsonObject o => o.Select(p => Find(p.Value, match)).FirstOrDefault(x => x is not null),
        JsonArray a => a.Select(n => Find(n, match)).FirstOrDefault(x => x is not null),
        _ => null,
    };

    /// <summary>Every element with an id or type in the card, with its id and (text) value, for inputs and charts alike.</summary>
    public static IEnumerable<(string? Id, string? Value, JsonObject Node)> AllValues(JsonNode? node) => node switch
    {
        JsonObject o => new[] { (o["id"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? o["id"]!.GetValue<string>() : null, o["value"]?.GetValueKind() == System.Text.Json.JsonValueKind.String ? o["value"]!.GetValue<string>() : null, o) }
            .Where(x => x.Item1 is not null || o["type"] is not null)
            .Concat(o.SelectMany(p => AllValues(p.Value))),
        JsonArray a => a.SelectMany(AllValues),
        _ => [],
    };
}
