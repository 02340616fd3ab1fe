using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>One typed object in a card (element, column, action) with its typed ancestors, nearest first.</summary>
internal sealed record CardNode(JsonObject Node, string Type, IReadOnlyList<JsonObject> Ancestors)
{
    public string? Get(string property) => Node[property]?.GetValue<string>();
}

/// <summary>Walks a card's JSON: every object that has a "type", wherever it sits (body, columns, actions, fallback).</summary>
internal static class CardTree
{
    public static IReadOnlyList<CardNode> Walk(JsonObject card)
    {
        List<CardNode> nodes = [];
        Visit(card, [], nodes);
        return nodes;
    }

    /// <summary>Every visible text of a subtree: TextBlock texts, fact titles and values, choice titles, labels, action titles.</summary>
    public static IEnumerable<string> Texts(JsonObject root)
    {
        foreach (var node in Walk(root))
        {
            foreach (var property in new[] { "text", "title", "label" })
            {
                if (node.Get(property) is { Length: > 0 } text && !(node.Type == "AdaptiveCard" && property == "title"))
                {
                    yield return text;
                }
            }

            foreach (var item in (node.Node["facts"] as JsonArray ?? []).Concat(node.Node["choices"] as JsonArray ?? []))
            {
                foreach (var property in new[] { "title", "value" })
                {
                    if (node.Type == "Input.ChoiceSet" && property == "value")
                    {
                        continue;
                    }

                    if (item?[property]?.GetValue<string>() is { Length: > 0 } text)
                    {
                        yield return text;
                    }
                }
            }
        }
    }

    private static void Visit(JsonNode? node, List<JsonObject> ancestors, List<CardNode> nodes)
    {
        switch (node)
        {
            case JsonObject obj:
                var isTyped = obj["type"] is JsonValue value && value.TryGetValue<string>(out var type);
                if (isTyped)
                {
                    nodes.Add(new CardNode(obj, obj["type"]!.GetValue<string>(), [.. Enumerable.Reverse(ancestors)]));
                    ancestors.Add(obj);
                }

                foreach (var (key, child) in obj)
                {
                    // Action data is free-form: an "action" key there is not a card object.
                    if (key != "data")
                    {
                        Visit(child, ancestors, nodes);
                    }
                }

                if (isTyped)
                {
                    ancestors.RemoveAt(ancestors.Count - 1);
                }

                break;
            case JsonArray array:
                foreach (var child in array)
                {
                    Visit(child, ancestors, nodes);
                }

                break;
        }
    }
}
