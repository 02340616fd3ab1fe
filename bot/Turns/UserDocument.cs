using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Turns;

/// <summary>User-scoped state: the domain profile (language, history, reusable answers).</summary>
internal sealed record UserDocument(UserProfile Profile)
{
    public static UserDocument Empty() => new(UserProfile.Empty);
}
