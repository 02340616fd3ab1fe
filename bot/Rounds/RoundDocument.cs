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
    IReadOnlyDictionary<string, ParticipantContact> Contacts)
{
    public RoundDocument WithContact(string participantId, ParticipantContact contact)
    {
        var contacts = new Dictionary<string, ParticipantContact>(Contacts, StringComparer.Ordinal) { [participantId] = contact };
        return this with { Contacts = contacts };
    }

    public RoundDocument Without(string participantId) => this with
    {
        Round = Round.Withdraw(participantId),
        Contacts = Contacts.Where(c => c.Key != participantId).ToDictionary(StringComparer.Ordinal),
    };
}
