using System.Text.Json;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>Turns a request body into an activity, or a short reason why it is not one.</summary>
internal static class ActivityParser
{
    public static (Activity? Activity, string? Reason) Parse(ReadOnlySpan<byte> body)
    {
        Activity? activity;
        try
        {
            activity = JsonSerializer.Deserialize<Activity>(body, ProtocolJson.Options);
        }
        catch (JsonException exception)
        {
            // Position only: the parser's message may quote the body, which is user content.
            return (null, $"The body is not valid activity JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).");
        }

        if (activity is null)
        {
            return (null, "The body must be a JSON object.");
        }

        var missing = MissingField(activity);
        if (missing is not null)
        {
            return (null, $"The activity has no '{missing}'.");
        }

        var unreadable = RawJsonText.FirstUnreadableField(activity);
        if (unreadable is not null)
        {
            return (null, $"The activity's '{unreadable}' holds a string that is not valid Unicode (a lone surrogate escape).");
        }

        // A locale is copied into every reply and reminder; one that is not a language tag is dropped
        // (the turn goes on in the default language) rather than echoed to the channel.
        if (activity.Locale is not null && !LanguageTag.IsWellFormed(activity.Locale))
        {
            activity.Locale = null;
        }

        return (activity, null);
    }

    private static string? MissingField(Activity activity)
    {
        if (string.IsNullOrEmpty(activity.Type))
        {
            return "type";
        }

        if (string.IsNullOrEmpty(activity.ChannelId))
        {
            return "channelId";
        }

        if (string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            return "conversation.id";
        }

        // With expectReplies the answers travel in the HTTP body, so no serviceUrl is needed.
        var expectReplies = string.Equals(activity.DeliveryMode, "expectReplies", StringComparison.Ordinal);
        return !expectReplies && string.IsNullOrEmpty(activity.ServiceUrl) ? "serviceUrl" : null;
    }
}
