namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Per-user data (user-scoped storage): language preference, recent results (bounded) and the
/// scale answers of the last check, so a later full check need not ask them again.
/// </summary>
public sealed record UserProfile(Language? PreferredLanguage, IReadOnlyList<HistoryEntry> History, ReusableAnswers? LastAnswers)
{
    public static UserProfile Empty { get; } = new(null, [], null);
}
