using System.Text.Json;
using System.Text.Json.Serialization;

namespace PartnershipBot.Protocol;

/// <summary>
/// A Bot Framework v3 activity. Field names follow the wire (camelCase); fields this bot does not
/// interpret (<c>channelData</c>, <c>entities</c>, <c>value</c>) stay raw JSON so that nothing a
/// channel sends is lost, and unknown top-level fields are kept in <see cref="ExtensionData"/>.
/// </summary>
internal sealed class Activity
{
    public string? Type { get; set; }
    public string? Id { get; set; }
    public DateTimeOffset? Timestamp { get; set; }
    public DateTimeOffset? LocalTimestamp { get; set; }
    public string? LocalTimezone { get; set; }
    public string? ServiceUrl { get; set; }
    public string? ChannelId { get; set; }
    public ChannelAccount? From { get; set; }
    public ConversationAccount? Conversation { get; set; }
    public ChannelAccount? Recipient { get; set; }
    public string? TextFormat { get; set; }
    public string? AttachmentLayout { get; set; }
    public List<ChannelAccount>? MembersAdded { get; set; }
    public List<ChannelAccount>? MembersRemoved { get; set; }
    public string? TopicName { get; set; }
    public string? Action { get; set; }
    public string? ReplyToId { get; set; }
    public string? Text { get; set; }
    public string? Summary { get; set; }
    public string? Locale { get; set; }
    public string? InputHint { get; set; }
    public List<Attachment>? Attachments { get; set; }
    public List<JsonElement>? Entities { get; set; }
    public JsonElement? ChannelData { get; set; }
    public JsonElement? Value { get; set; }
    public string? Name { get; set; }
    public string? DeliveryMode { get; set; }
    public string? CallerId { get; set; }
    public JsonElement? ReactionsAdded { get; set; }
    public JsonElement? ReactionsRemoved { get; set; }

    [JsonExtensionData]
    public Dictionary<string, JsonElement>? ExtensionData { get; set; }

    /// <summary>Teams puts the tenant in channelData; the SDK copies it onto the conversation when missing.</summary>
    [JsonIgnore]
    public string? TenantId
    {
        get
        {
            if (!string.IsNullOrEmpty(Conversation?.TenantId))
            {
                return Conversation.TenantId;
            }

            if (ChannelData is { ValueKind: JsonValueKind.Object } data
                && data.TryGetProperty("tenant", out var tenant)
                && tenant.ValueKind == JsonValueKind.Object
                && tenant.TryGetProperty("id", out var id)
                && id.ValueKind == JsonValueKind.String)
            {
                return id.GetString();
            }

            return null;
        }
    }

    /// <summary>
    /// Addresses this (outgoing) activity to a conversation the way the SDK does: from the bot to the
    /// user, in the reference's conversation; fields already set are kept.
    /// </summary>
    public Activity ApplyConversationReference(ConversationReference reference, string? replyToId = null)
    {
        ArgumentNullException.ThrowIfNull(reference);
        Type ??= ActivityTypes.Message;
        ChannelId ??= reference.ChannelId;
        ServiceUrl ??= reference.ServiceUrl;
        From ??= reference.Bot;
        Recipient ??= reference.User;
        Conversation ??= reference.Conversation;
        Locale ??= reference.Locale;
        ReplyToId ??= replyToId;
        return this;
    }

    public ConversationReference GetConversationReference() => new()
    {
        ActivityId = Id,
        User = From,
        Bot = Recipient,
        Conversation = Conversation,
        ChannelId = ChannelId,
        Locale = Locale,
        ServiceUrl = ServiceUrl,
    };
}
