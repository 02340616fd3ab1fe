using System.Text.Json.Nodes;

namespace PartnershipBot.Protocol;

/// <summary>An attachment; an Adaptive Card is <see cref="AdaptiveCardContentType"/> with the card as content.</summary>
internal sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    public string? ContentType { get; set; }
    public JsonNode? Content { get; set; }
    public string? ContentUrl { get; set; }
    public string? Name { get; set; }
    public string? ThumbnailUrl { get; set; }

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
