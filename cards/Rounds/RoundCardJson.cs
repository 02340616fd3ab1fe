using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Rounds;

/// <summary>
/// Small JSON builders for the round cards. The shared card model knows no date or number input, so the
/// round cards are written as JSON nodes directly, held to the same schema, size and label tests.
/// </summary>
internal static class RoundCardJson
{
    public static JsonObject Card(string fallbackText, IEnumerable<JsonNode> body, IEnumerable<JsonNode>? actions = null)
    {
        var card = new JsonObject
        {
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["fallbackText"] = fallbackText,
            ["body"] = new JsonArray([.. body]),
            ["msteams"] = new JsonObject { ["width"] = "Full" },
        };
        var list = actions?.ToArray() ?? [];
        if (list.Length > 0)
        {
            card["actions"] = new JsonArray(list);
        }

        return card;
    }

    public static JsonObject Heading(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["style"] = "heading", ["size"] = "Large", ["weight"] = "Bolder", ["wrap"] = true,
    };

    public static JsonObject Subheading(string text) => new()
    {
        ["type"] = "TextBlock", ["text"] = text, ["weight"] = "Bolder", ["spacing"] = "Medium", ["wrap"] = true,
    };

    public static JsonObject Text(string text, bool subtle = false)
    {
        var block = new JsonObject { ["type"] = "TextBlock", ["text"] = text, ["wrap"] = true };
        if (subtle)
        {
            block["isSubtle"] = true;
            block["size"] = "Small";
        }

        return block;
    }

    public static JsonObject Facts(IEnumerable<(string Title, string Value)> facts) => new()
    {
        ["type"] = "FactSet",
        ["facts"] = new JsonArray([.. facts.Select(f => (JsonNode)new JsonObject { ["title"] = f.Title, ["value"] = f.Value })]),
    };

    public static JsonObject Data(string action, string? roundId = null)
    {
        var data = new JsonObject { ["action"] = action };
        if (roundId is not null)
        {
            data["roundId"] = roundId;
        }

        return data;
    }

    /// <summary>Action.Execute with an Action.Submit fallback carrying the same data, for clients without Universal Actions.</summary>
    public static JsonObject Execute(string title, JsonObject data, bool primary = false)
    {
        var submit = new JsonObject { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data.DeepClone() };
        var execute = new JsonObject { ["type"] = "Action.Execute", ["title"] = title, ["verb"] = data["action"]!.GetValue<string>(), ["data"] = data, ["fallback"] = submit };
        if (primary)
        {
            execute["style"] = "positive";
            submit["style"] = "positive";
        }

        return execute;
    }

    public static JsonObject Submit(string title, JsonObject data) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    public static JsonObject Input(string type, string id, string label, string errorMessage, bool required = true, JsonObject? extra = null)
    {
        var input = new JsonObject { ["type"] = type, ["id"] = id, ["label"] = label, ["isRequired"] = required, ["errorMessage"] = errorMessage };
        foreach (var (key, value) in extra ?? [])
        {
            input[key] = value?.DeepClone();
        }

        return input;
    }

    public static JsonObject ActionSet(params JsonNode[] actions) => new() { ["type"] = "ActionSet", ["actions"] = new JsonArray(actions) };
}
