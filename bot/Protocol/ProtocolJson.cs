using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Protocol;

/// <summary>The wire's JSON conventions: camelCase, nulls omitted, unknown fields tolerated.</summary>
internal static class ProtocolJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
