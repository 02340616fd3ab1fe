using System.Globalization;
using System.Text.Json;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Teams;

namespace PartnershipBot.Turns;

/// <summary>Maps an inbound activity to the domain's <see cref="UserInput"/>, or says why it has none.</summary>
internal static class ActivityInputMapper
{
    public const string AdaptiveCardActionInvoke = "adaptiveCard/action";

    public static MappedInput Map(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.Type switch
        {
            ActivityTypes.Message => FromMessage(activity),
            ActivityTypes.Invoke => FromInvoke(activity),
            ActivityTypes.ConversationUpdate when activity.BotWasAdded() && !TeamsSendsInstallationUpdateToo(activity) => MappedInput.Of(new ConversationUpdateInput(true)),
            ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade" => MappedInput.Of(new ConversationUpdateInput(true)),
            ActivityTypes.InstallationUpdate when activity.Action is "remove" => MappedInput.Removed,
            _ => MappedInput.None,
        };
    }

    /// <summary>
    /// Teams announces an install twice: installationUpdate (with the user's locale) and conversationUpdate
    /// (often without one). Welcoming on whichever arrives first made the welcome's language a race, so in
    /// Teams a conversationUpdate without a locale leaves the welcome to the installationUpdate. Channels
    /// that only send conversationUpdate (Emulator, Web Chat) are welcomed from it.
    /// </summary>
    private static bool TeamsSendsInstallationUpdateToo(Activity activity) =>
        string.Equals(activity.ChannelId, "msteams", StringComparison.Ordinal) && string.IsNullOrEmpty(activity.Locale);

    private static MappedInput FromMessage(Activity activity)
    {
        var text = activity.TextWithoutBotMention();
        // A card's Action.Submit arrives as a message whose value holds the data and the inputs.
        if (text.Length == 0 && activity.Value is { ValueKind: JsonValueKind.Object } value)
        {
            return MappedInput.Of(new CardInput(Flatten(value)));
        }

        return text.Length == 0 ? MappedInput.None : MappedInput.Of(new TextInput(text));
    }

    /// <summary>Universal Actions; error answers follow the SDK (400 BadRequest / NotSupported).</summary>
    private static MappedInput FromInvoke(Activity activity)
    {
        if (!string.Equals(activity.Name, AdaptiveCardActionInvoke, StringComparison.Ordinal))
        {
            return MappedInput.None;
        }

        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object)
        {
            return MappedInput.Invalid(InvokeResponse.Error(400, "BadRequest", "The invoke value has no action."));
        }

        if (!action.TryGetProperty("type", out var type) || type.GetString() != "Action.Execute")
        {
            return MappedInput.Invalid(InvokeResponse.Error(400, "NotSupported", "Only Action.Execute is supported."));
        }

        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object
            ? Flatten(d)
            : new Dictionary<string, string>(StringComparer.Ordinal);
        if (!data.ContainsKey(CardFields.Action) && action.TryGetProperty("verb", out var verb) && verb.GetString() is { Length: > 0 } v)
        {
            data[CardFields.Action] = v;
        }

        return MappedInput.Of(new CardInput(data));
    }

    /// <summary>Top-level fields as strings; nested objects (such as Teams' msteams) are dropped.</summary>
    private static Dictionary<string, string> Flatten(JsonElement value)
    {
        var data = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in value.EnumerateObject())
        {
            var text = property.Value.ValueKind switch
            {
                JsonValueKind.String => property.Value.GetString(),
                JsonValueKind.Number => property.Value.GetRawText(),
                JsonValueKind.True => bool.TrueString.ToLower(CultureInfo.InvariantCulture),
                JsonValueKind.False => bool.FalseString.ToLower(CultureInfo.InvariantCulture),
                _ => null,
            };
            if (text is not null)
            {
                data[property.Name] = text;
            }
        }

        return data;
    }
}
