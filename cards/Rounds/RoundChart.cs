using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Rounds;

/// <summary>
/// The results card's main figures as a Teams chart (<c>Chart.VerticalBar.Grouped</c>: one group of bars per
/// pitfall, one bar per visible role group) with the same figures as text beside it, for screen readers and
/// for clients that drop the chart (its fallback). Only shown groups appear; null when none is shown.
/// </summary>
public static class RoundChart
{
    public static JsonObject? Build(RoundAggregate aggregate, RoundResultsView view)
    {
        ArgumentNullException.ThrowIfNull(aggregate);
        ArgumentNullException.ThrowIfNull(view);
        var shown = aggregate.Groups.Select((group, index) => (Group: group, Label: view.Rows[index].Label)).Where(g => g.Group.IsShown).ToList();
        if (shown.Count == 0)
        {
            return null;
        }

        var data = new JsonArray([.. shown.Select(g => (JsonNode)new JsonObject
        {
            ["legend"] = g.Label,
            ["values"] = new JsonArray([.. aggregate.PitfallIds.Select((pitfall, p) => g.Group.Mean(pitfall) is { } mean
                ? (JsonNode)new JsonObject { ["x"] = view.PitfallTitles[p], ["y"] = mean }
                : null).OfType<JsonNode>()]),
        })]);
        var chart = new JsonObject
        {
            ["type"] = "Chart.VerticalBar.Grouped",
            ["title"] = view.Language == Dialogs.Conversation.Language.Nl ? "Gemiddeld risico per valkuil (0–100)" : "Mean risk per pitfall (0–100)",
            ["colorSet"] = "categorical",
            ["showBarValues"] = true,
            ["data"] = data,
            ["fallback"] = "drop",
        };
        var lines = aggregate.PitfallIds.Select((pitfall, p) => (JsonNode)RoundCardJson.Text(
            view.PitfallTitles[p] + " — " + string.Join(", ", shown.Where(g => g.Group.Mean(pitfall) is not null).Select(g => $"{g.Label} {g.Group.Mean(pitfall)!.Value.ToString(CultureInfo.InvariantCulture)}")),
            subtle: true));
        return new JsonObject
        {
            ["type"] = "ColumnSet",
            ["columns"] = new JsonArray(
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["items"] = new JsonArray(chart) },
                new JsonObject { ["type"] = "Column", ["width"] = "stretch", ["verticalContentAlignment"] = "Center", ["items"] = new JsonArray([.. lines]) }),
        };
    }
}
