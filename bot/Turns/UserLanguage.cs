using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns;

/// <summary>
/// The language the bot speaks to a user outside the conversation engine (reminder cards, follow-ups,
/// proactive messages): the choice stored with the user ('nederlands'/'english', or adopted from their
/// words), never only the locale Teams happens to send.
/// </summary>
internal sealed class UserLanguage(StateAccessor state)
{
    /// <summary>The stored choice, else the language of the command the user typed, else the activity's locale.</summary>
    public async Task<Language> OfAsync(Activity activity, Language? typed, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return await StoredAsync(StateKeys.User(activity), cancellationToken) ?? typed ?? Languages.FromLocale(activity.Locale);
    }

    /// <summary>The stored choice of a user outside a turn; null when they never chose.</summary>
    public Task<Language?> StoredAsync(string tenantId, string channelId, string userId, CancellationToken cancellationToken) =>
        StoredAsync(StateKeys.User(tenantId, channelId, userId), cancellationToken);

    private async Task<Language?> StoredAsync(string userKey, CancellationToken cancellationToken)
    {
        var user = await state.ReadAsync(userKey, UserDocument.Empty, cancellationToken);
        return user.Value.Profile?.PreferredLanguage;
    }
}
