using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Validates cards against the upstream Adaptive Card 1.5 schema (a copy in Schemas/). Teams' root
/// <c>msteams</c> extension is legal in Teams but unknown to the schema, so it is removed first.
/// </summary>
internal static class SchemaValidator
{
    private static readonly Lazy<JsonSchema> Schema = new(() =>
        JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.json")));

    public static IReadOnlyList<string> Errors(JsonObject card)
    {
        ArgumentNullException.ThrowIfNull(card);
        var copy = card.DeepClone().AsObject();
        copy.Remove("msteams");
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
}
