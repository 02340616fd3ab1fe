using System.Text.Json.Nodes;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Finds coloured elements without a text equivalent. A coloured TextBlock is its own equivalent. A coloured
/// column or container needs text inside it, or in one of its nearest three ancestors (not the card root),
/// which is where the cards put a bar's words and number.
/// </summary>
internal static class ColourCheck
{
    private const int MaxDistance = 3;
    private static readonly HashSet<string> Signals = ["good", "warning", "attention", "accent"];

    public static IReadOnlyList<string> Unexplained(JsonObject card) =>
    [
        .. CardTree.Walk(card)
            .Where(IsColoured)
            .Where(node => !HasText(node.Node) && !node.Ancestors.Take(MaxDistance).Any(a => a != card && HasText(a)))
            .Select(node => node.Type + " styled " + (node.Get("style") ?? node.Get("color"))),
    ];

    private static bool IsColoured(CardNode node) =>
        node.Type switch
        {
            "TextBlock" => Signals.Contains(node.Get("color") ?? string.Empty),
            "Column" or "Container" or "ColumnSet" => Signals.Contains(node.Get("style") ?? string.Empty),
            _ => false,
        };

    private static bool HasText(JsonObject node) =>
        CardTree.Walk(node).Any(n => n.Type == "TextBlock" && !string.IsNullOrWhiteSpace(n.Get("text")));
}
