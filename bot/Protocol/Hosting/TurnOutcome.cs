using System.Text.Json.Nodes;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>What the HTTP response of a processed activity carries.</summary>
internal sealed record TurnOutcome(int Status, JsonNode? Body)
{
    public static TurnOutcome Ok { get; } = new(200, null);
}
