using PartnershipBot.Protocol;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Turns;

/// <summary>
/// The documents an ordinary turn reads, each in its own step and component: the unreachable marks of the
/// user and the conversation (cleared when someone talks), the conversation's dialog and the user's profile,
/// and for typed text the question card on screen and the user's round participation (an awaited open
/// answer). Read together at the turn's start where every read is a round trip (<see cref="Storage.ITurnReadAhead"/>).
/// A key left out here is simply read when it is needed, so the list only decides speed, never correctness.
/// </summary>
internal static class TurnReadAheadKeys
{
    public static IReadOnlyCollection<string> Of(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.Type is not (ActivityTypes.Message or ActivityTypes.ConversationUpdate or ActivityTypes.InstallationUpdate or ActivityTypes.Invoke)
            || string.IsNullOrEmpty(activity.ChannelId) || activity.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            return [];
        }

        var keys = new List<string>(6) { StateKeys.Conversation(activity), StateKeys.User(activity) };
        if (!string.IsNullOrWhiteSpace(activity.Text))
        {
            keys.Add(StateKeys.Question(activity));
            keys.Add(Rounds.RoundKeys.Participation(activity));
        }

        if (activity.TenantId is { Length: > 0 } tenantId && activity.From?.Id is { Length: > 0 } userId)
        {
            keys.Add(UnreachableTargets.Key(tenantId, userId));
            keys.Add(UnreachableTargets.Key(tenantId, UnreachableTargets.ConversationTarget(conversationId)));
        }

        return keys;
    }
}
