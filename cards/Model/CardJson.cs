using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace PartnershipBot.Cards.Model;

/// <summary>
/// Source-generated serialisation for the card model: camelCase names, nulls left out, no reflection.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(AdaptiveCard))]
internal sealed partial class CardJson : JsonSerializerContext
{
    public static JsonObject ToJsonObject(AdaptiveCard card)
    {
        ArgumentNullException.ThrowIfNull(card);
        return JsonSerializer.SerializeToNode(card, Default.AdaptiveCard)!.AsObject();
    }
}
