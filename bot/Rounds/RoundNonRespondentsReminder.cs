using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// Reminds, in their 1:1 chat and paced by the proactive sender, each participant who joined an open round
/// but has not finished the check, and each member of the round's conversation who never joined (with a
/// button to stop these reminders). Members who opted out, the consultant and the bot are left alone.
/// </summary>
internal sealed class RoundNonRespondentsReminder(RoundStore store, RoundLanguages languages, IProactiveSender sender, IConnectorClient connector, ILogger<RoundNonRespondentsReminder> logger) : IReminderHandler
{
    public string Kind => RoundReminderKinds.NonRespondents;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (RoundReminderKinds.RoundIdOf(reminder.Spec.PayloadJson) is not { } roundId
            || await store.GetAsync(reminder.Spec.TenantId, roundId, ct) is not { Round.IsOpen: true } document)
        {
            return;
        }

        var joined = document.Round.NonRespondents.Where(p => !document.HasOptedOut(p)).ToList();
        var sent = 0;
        foreach (var participantId in joined)
        {
            if (!document.Contacts.TryGetValue(participantId, out var contact))
            {
                continue;
            }

            // Each person in their own language; the round's only for those who never chose one.
            var language = await languages.PersonAsync(document, participantId, ct);
            var text = RoundUi.For(language).NonRespondentReminder(document.Round.PartnershipName, RoundStarter.FormatMoment(document.Round.ClosesAt, language));
            var result = contact.Personal is { } personal
                ? await sender.SendAsync(personal, RoundReplies.Text(text), ct)
                : await SendToAsync(document, contact.Account, RoundReplies.Text(text), ct);
            sent += result.Status == ProactiveStatus.Sent ? 1 : 0;
        }

        var neverJoined = await NeverJoinedAsync(document, ct);
        foreach (var member in neverJoined)
        {
            var language = await languages.PersonAsync(document, member.Id, ct);
            var invitation = RoundReplies.Card(RoundCards.NotJoinedReminder(language, roundId, document.Round.PartnershipName, RoundStarter.FormatMoment(document.Round.ClosesAt, language)));
            sent += (await SendToAsync(document, member, invitation, ct)).Status == ProactiveStatus.Sent ? 1 : 0;
        }

        RoundsLog.ReminderSent(logger, roundId, Kind, sent, joined.Count + neverJoined.Count);
    }

    /// <summary>The conversation's members who never clicked "Doe mee"; none when the channel will not list them.</summary>
    private async Task<List<ChannelAccount>> NeverJoinedAsync(RoundDocument document, CancellationToken ct)
    {
        IReadOnlyList<ChannelAccount> members;
        try
        {
            members = await connector.GetConversationMembersAsync(document.Channel.ServiceUrl!, document.Channel.Conversation!.Id!, ct);
        }
        catch (ConnectorException)
        {
            return [];
        }

        return [.. members.Where(m => m.Id is { Length: > 0 } id
            && id != document.Channel.Bot?.Id
            && id != document.Round.ConsultantId
            && !document.Round.HasParticipant(id)
            && !document.HasOptedOut(id))];
    }

    private Task<ProactiveResult> SendToAsync(RoundDocument document, ChannelAccount user, Protocol.Activity activity, CancellationToken ct) =>
        sender.SendToUserAsync(document.Channel.ServiceUrl!, document.Channel.ChannelId!, document.Round.TenantId, document.Channel.Bot!, user, activity, ct);
}
