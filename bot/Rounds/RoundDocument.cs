using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;

namespace PartnershipBot.Rounds;

/// <summary>
/// A stored round: the domain round plus what only the bot needs (where to post, whom to tell).
/// Stored at <c>tenants/{tenant}/rounds/{id}</c>, so another tenant's key can never reach it.
/// </summary>
internal sealed record RoundDocument(
    Round Round,
    Language Language,
    ConversationReference Channel,
    ChannelAccount Consultant,
    IReadOnlyDictionary<string, ParticipantContact> Contacts,
    IReadOnlyList<string>? OptedOut = null)
{
    /// <summary>Members who asked for no more reminders about this round.</summary>
    public bool HasOptedOut(string userId) => OptedOut?.Contains(userId, StringComparer.Ordinal) == true;

    public RoundDocument WithOptOut(string userId) => HasOptedOut(userId) ? this : this with { OptedOut = [.. OptedOut ?? [], userId] };

    public RoundDocument WithContact(string participantId, ParticipantContact contact)
    {
        var contacts = new Dictionary<string, ParticipantContact>(Contacts, StringComparer.Ordinal) { [participantId] = contact };
        return this with { Contacts = contacts };
    }

    private static ConversationReference WithoutUser(ConversationReference reference) => new()
    {
        Bot = reference.Bot,
        Conversation = reference.Conversation,
        ChannelId = reference.ChannelId,
        Locale = reference.Locale,
        ServiceUrl = reference.ServiceUrl,
    };

    /// <summary>False once the consultant erased their data: the round then runs on without a name in it.</summary>
    public bool HasConsultant => !string.IsNullOrEmpty(Round.ConsultantId);

    /// <summary>
    /// Removes the person: their participation, contact and response, and, if they ran the round, their
    /// name and id (admins can still manage it; at closing its final release is posted in its channel).
    /// </summary>
    public RoundDocument Without(string participantId)
    {
        var document = this with
        {
            Round = Round.Withdraw(participantId),
            Contacts = Contacts.Where(c => c.Key != participantId).ToDictionary(StringComparer.Ordinal),
            OptedOut = OptedOut?.Where(id => id != participantId).ToList(),
        };
        return string.Equals(Round.ConsultantId, participantId, StringComparison.Ordinal)
            ? document with { Round = document.Round with { ConsultantId = string.Empty }, Consultant = new ChannelAccount(), Channel = WithoutUser(Channel) }
            : document;
    }
}
