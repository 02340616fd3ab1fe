using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Health;

internal static class HealthJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
