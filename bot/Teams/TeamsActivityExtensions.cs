using System.Text.Json;
using System.Text.RegularExpressions;
using PartnershipBot.Protocol;

namespace PartnershipBot.Teams;

/// <summary>What Teams adds to an activity that the bot has to see through.</summary>
internal static partial class TeamsActivityExtensions
{
    /// <summary>
    /// The text without the bot's own @mention: each mention entity of the recipient is removed by
    /// its text (or <c>&lt;at&gt;name&lt;/at&gt;</c>), and any other <c>&lt;at&gt;</c> tag keeps its inner text.
    /// Other entities are left alone (unlike the SDK middleware, which drops them).
    /// </summary>
    public static string TextWithoutBotMention(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var text = activity.Text ?? string.Empty;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!IsMentionOf(entity, activity.Recipient?.Id, out var mentionText))
            {
                continue;
            }

            text = text.Replace(mentionText, string.Empty, StringComparison.OrdinalIgnoreCase);
        }

        return AtTag().Replace(text, "$1").Trim();
    }

    /// <summary>
    /// True when the bot itself is among the members added (Teams install / added to a chat). The list
    /// comes off the wire as it is, so an entry may be null or have no id.
    /// </summary>
    public static bool BotWasAdded(this Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var botId = activity.Recipient?.Id;
        return botId is not null && (activity.MembersAdded ?? []).Any(m => string.Equals(m?.Id, botId, StringComparison.Ordinal));
    }

    private static bool IsMentionOf(JsonElement entity, string? botId, out string mentionText)
    {
        mentionText = string.Empty;
        if (botId is null
            || entity.ValueKind != JsonValueKind.Object
            || !entity.TryGetProperty("type", out var type) || type.GetString() != "mention"
            || !entity.TryGetProperty("mentioned", out var mentioned) || mentioned.ValueKind != JsonValueKind.Object
            || !mentioned.TryGetProperty("id", out var id) || id.GetString() != botId)
        {
            return false;
        }

        if (entity.TryGetProperty("text", out var text) && text.GetString() is { Length: > 0 } value)
        {
            mentionText = value;
            return true;
        }

        var name = mentioned.TryGetProperty("name", out var n) ? n.GetString() : null;
        mentionText = $"<at>{name}</at>";
        return name is not null;
    }

    [GeneratedRegex("<at[^>]*>(.*?)</at>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex AtTag();
}
