using System.Text.Json;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// The activity's raw JSON parts (value, entities, channelData, reactions) are kept as they arrived and
/// only read later, where a string with a lone surrogate escape (<c>"\ud800"</c>) throws on
/// <see cref="JsonElement.GetString"/>. Checked once here so that such input is a 400 at the edge.
/// </summary>
internal static class RawJsonText
{
    /// <summary>The wire name of the first raw field with an unreadable string or property name, or null.</summary>
    public static string? FirstUnreadableField(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Value is { } value && !IsReadable(value))
        {
            return "value";
        }

        if (activity.ChannelData is { } channelData && !IsReadable(channelData))
        {
            return "channelData";
        }

        if (activity.Entities is { } entities && !entities.All(IsReadable))
        {
            return "entities";
        }

        if (activity.ReactionsAdded is { } added && !IsReadable(added))
        {
            return "reactionsAdded";
        }

        return activity.ReactionsRemoved is { } removed && !IsReadable(removed) ? "reactionsRemoved" : null;
    }

    // Depth is bounded by the serializer's MaxDepth (64), so recursion cannot run away.
    private static bool IsReadable(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => CanDecode(element),
        JsonValueKind.Array => element.EnumerateArray().All(IsReadable),
        JsonValueKind.Object => element.EnumerateObject().All(p => CanDecodeName(p) && IsReadable(p.Value)),
        _ => true,
    };

    private static bool CanDecode(JsonElement element)
    {
        try
        {
            _ = element.GetString();
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static bool CanDecodeName(JsonProperty property)
    {
        try
        {
            _ = property.Name;
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
