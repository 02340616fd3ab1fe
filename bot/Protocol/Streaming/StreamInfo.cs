using System.Text.Json;
using System.Text.Json.Nodes;

namespace PartnershipBot.Protocol.Streaming;

/// <summary>
/// The <c>streaminfo</c> entity that turns activities into one streamed message (Teams' bot streaming): an
/// informative update (sequence 1, no id yet), streamed text (the id the connector gave the first update, the
/// sequence counting up), and the final message (the id, no sequence).
/// </summary>
internal static class StreamInfo
{
    public const string Informative = "informative";
    public const string Streaming = "streaming";
    public const string Final = "final";

    public static JsonElement Entity(string streamType, string? streamId, int? sequence)
    {
        var entity = new JsonObject { ["type"] = "streaminfo", ["streamType"] = streamType };
        if (streamId is not null)
        {
            entity["streamId"] = streamId;
        }

        if (sequence is { } n)
        {
            entity["streamSequence"] = n;
        }

        return JsonSerializer.SerializeToElement(entity);
    }
}
