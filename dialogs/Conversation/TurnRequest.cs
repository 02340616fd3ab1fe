namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Everything one turn needs. <paramref name="Locale"/> is the activity's locale (e.g. "nl-NL"), used
/// when the profile has no language preference; <paramref name="Now"/> comes from the host's TimeProvider.
/// </summary>
public sealed record TurnRequest(DialogState State, UserProfile Profile, UserInput Input, string? Locale, DateTimeOffset Now)
{
    /// <summary>True in a channel or group chat: others read along, so nothing personal is asked or shown.</summary>
    public bool InSharedChat { get; init; }
}
