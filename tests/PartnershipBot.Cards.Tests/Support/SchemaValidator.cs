using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Validates cards against the upstream Adaptive Card 1.5 schema (a copy in Schemas/). Teams' root
/// <c>msteams</c> extension is legal in Teams but unknown to the schema, so it is removed first. So are two
/// Teams extensions the 1.5 schema does not know, each under a narrow allowance:
/// <list type="bullet">
/// <item>charts: only the types in <see cref="AllowedCharts"/> and only with <c>fallback: "drop"</c> (a client
/// without charts drops them); their own shape is checked by <see cref="ChartErrors"/>;</item>
/// <item>the people picker: <c>choices.data</c> on an <c>Input.ChoiceSet</c> only as
/// <c>{"type": "Data.Query", "dataset": "graph.microsoft.com/users"}</c>, with the typeahead style
/// <c>filtered</c> it needs.</item>
/// </list>
/// </summary>
internal static class SchemaValidator
{
    private static readonly HashSet<string> AllowedCharts = new(StringComparer.Ordinal) { "Chart.VerticalBar.Grouped" };

    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.json")));

    public static IReadOnlyList<string> Errors(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
        var extensionErrors = new List<string>();
        RemoveExtensions(copy, extensionErrors);
        if (extensionErrors.Count > 0)
        {
            return extensionErrors;
        }

        using var document = JsonDocument.Parse(copy.ToJsonString());
        var result = Schema.Value.Evaluate(
            document.RootElement,
            new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
        if (result.IsValid)
        {
            return [];
        }

        return
        [
            .. (result.Details ?? [])
                .Where(detail => detail.Errors is { Count: > 0 })
                .SelectMany(detail => detail.Errors!.Select(error => detail.InstanceLocation + " " + error.Key + ": " + error.Value))
                .Distinct()
                .Take(20),
        ];
    }

    /// <summary>Takes the allowed extensions out; an unknown <c>Chart.*</c>, or a chart or picker not as allowed, is an error.</summary>
    private static void RemoveExtensions(JsonNode? node, List<string> errors)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is JsonObject element && element["type"]?.GetValueKind() == JsonValueKind.String && element["type"]!.GetValue<string>().StartsWith("Chart.", StringComparison.Ordinal))
                    {
                        errors.AddRange(ChartErrors(element).Select(e => element.GetPath() + " " + e));
                        array.RemoveAt(i);
                        continue;
                    }

                    RemovePeoplePicker(array[i] as JsonObject, errors);
                    RemoveExtensions(array[i], errors);
                }

                break;
            case JsonObject obj:
                foreach (var (_, value) in obj.ToList())
                {
                    RemoveExtensions(value, errors);
                }

                break;
        }
    }

    private static void RemovePeoplePicker(JsonObject? element, List<string> errors)
    {
        if (element?["choices.data"] is not JsonObject query)
        {
            return;
        }

        if (element["type"]?.GetValue<string>() != "Input.ChoiceSet" || query.Count != 2
            || query["type"]?.GetValue<string>() != "Data.Query" || query["dataset"]?.GetValue<string>() != "graph.microsoft.com/users")
        {
            errors.Add(element.GetPath() + " choices.data is allowed only as Teams' people picker on an Input.ChoiceSet");
        }

        element.Remove("choices.data");
        if (element["style"]?.GetValue<string>() == "filtered")
        {
            element.Remove("style");
        }
    }

    /// <summary>What Teams needs of a grouped bar chart: a known type, fallback drop, and data as legend + values of x and numeric y.</summary>
    public static IReadOnlyList<string> ChartErrors(JsonObject chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var errors = new List<string>();
        var type = chart["type"]?.GetValue<string>() ?? string.Empty;
        if (!AllowedCharts.Contains(type))
        {
            errors.Add("chart type not allowed: " + type);
        }

        if (chart["fallback"]?.GetValueKind() != JsonValueKind.String || chart["fallback"]!.GetValue<string>() != "drop")
        {
            errors.Add("a chart needs fallback: drop");
        }

        if (chart["data"] is not JsonArray { Count: > 0 } series
            || series.Any(s => s is not JsonObject o || o["legend"]?.GetValueKind() != JsonValueKind.String || o["values"] is not JsonArray values
                || values.Any(v => v is not JsonObject p || p["x"]?.GetValueKind() != JsonValueKind.String || p["y"]?.GetValueKind() != JsonValueKind.Number)))
        {
            errors.Add("chart data must be series of legend and values {x: text, y: number}");
        }

        return errors;
    }
}
