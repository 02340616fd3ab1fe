using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>Reminds, in their 1:1 chat, each participant who joined an open round but has not finished the check.</summary>
internal sealed class RoundNonRespondentsReminder(RoundStore store, IProactiveSender sender, ILogger<RoundNonRespondentsReminder> logger) : IReminderHandler
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

        var ui = RoundUi.For(document.Language);
        var text = ui.NonRespondentReminder(document.Round.PartnershipName, RoundStarter.FormatMoment(document.Round.ClosesAt, document.Language));
        var targets = document.Round.NonRespondents.ToList();
        var sent = 0;
        foreach (var participantId in targets)
        {
            if (!document.Contacts.TryGetValue(participantId, out var contact))
            {
                continue;
            }

            ProactiveResult result;
            if (contact.Personal is { } personal)
            {
                result = await sender.SendAsync(personal, RoundReplies.Text(text), ct);
            }
            else
            {
                result = await sender.SendToUserAsync(document.Channel.ServiceUrl!, document.Channel.ChannelId!, document.Round.TenantId, document.Channel.Bot!, contact.Account, RoundReplies.Text(text), ct);
            }

            sent += result.Status == ProactiveStatus.Sent ? 1 : 0;
        }

        RoundsLog.ReminderSent(logger, roundId, Kind, sent, targets.Count);
    }
}
