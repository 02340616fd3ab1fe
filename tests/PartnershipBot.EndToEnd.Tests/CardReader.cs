using System.Text.Json.Nodes;

namespace PartnershipBot.EndToEnd.Tests;

/// <summary>Reads a card the way a user's click would: an action's data plus an input's value.</summary>
internal static class CardReader
{
    public static IEnumerable<JsonObject> Actions(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() is "Action.Execute" or "Action.Submit" => [o, .. o.SelectMany(p => p.Key == "fallback" ? [] : Actions(p.Value))],
        JsonObject o => o.SelectMany(p => Actions(p.Value)),
        JsonArray a => a.SelectMany(Actions),
        _ => [],
    };

    public static IEnumerable<JsonObject> ChoiceSets(JsonNode? node) => node switch
    {
        JsonObject o when o["type"]?.GetValue<string>() == "Input.ChoiceSet" => [o],
        JsonObject o => o.SelectMany(p => ChoiceSets(p.Value)),
        JsonArray a => a.SelectMany(ChoiceSets),
        _ => [],
    };

    /// <summary>The data of the first action whose data has <c>action</c> = <paramref name="action"/>.</summary>
    public static JsonObject ActionData(JsonObject card, string action) =>
        (JsonObject)Actions(card).First(a => a["data"]?["action"]?.GetValue<string>() == action)["data"]!.DeepClone();

    /// <summary>What submitting the card with option <paramref name="optionIndex"/> chosen sends.</summary>
    public static JsonObject Answer(JsonObject card, int optionIndex)
    {
        var data = ActionData(card, "answer");
        var choices = ChoiceSets(card).First();
        data[choices["id"]!.GetValue<string>()] = choices["choices"]![optionIndex]!["value"]!.DeepClone();
        return data;
    }

    public static bool IsQuestion(BotMessage message) => message.Card is { } card && ChoiceSets(card).Any();
}
