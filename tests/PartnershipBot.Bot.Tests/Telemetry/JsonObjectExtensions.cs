using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Telemetry;

internal static class JsonObjectExtensions
{
    /// <summary>The object with one more field, for building a card's submitted value inline.</summary>
    public static JsonObject Also(this JsonObject value, string key, string field)
    {
        value[key] = field;
        return value;
    }
}
