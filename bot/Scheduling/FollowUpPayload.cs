using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Scheduling;

/// <summary>
/// What an <c>action.followUp</c> reminder needs to reach its owner later: where the owner talked to
/// the bot (service URL, channel, bot and user accounts), the agreed action and the language the user chose
/// when scheduling it (older payloads have none: then their locale).
/// </summary>
internal sealed record FollowUpPayload(
    string ServiceUrl,
    string ChannelId,
    string BotId,
    string? BotName,
    string UserId,
    string? UserName,
    string Who,
    string What,
    string? Locale,
    Language? Language = null)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static FollowUpPayload FromJson(string json) =>
        JsonSerializer.Deserialize<FollowUpPayload>(json, Options) ?? throw new JsonException("An action.followUp reminder holds no payload.");
}
