using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>Time for a re-check: tells the consultant, privately, how to start the partnership's next round.</summary>
internal sealed class RoundRecheckReminder(RoundStore store, RoundLanguages languages, IProactiveSender sender, ILogger<RoundRecheckReminder> logger) : IReminderHandler
{
    public string Kind => RoundReminderKinds.Recheck;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (RoundReminderKinds.RoundIdOf(reminder.Spec.PayloadJson) is not { } roundId
            || await store.GetAsync(reminder.Spec.TenantId, roundId, ct) is not { } document)
        {
            return;
        }

        var text = RoundUi.For(await languages.PersonAsync(document, document.Consultant.Id, ct)).RecheckDue(document.Round.PartnershipName);
        var result = await sender.SendToUserAsync(document.Channel.ServiceUrl!, document.Channel.ChannelId!, document.Round.TenantId, document.Channel.Bot!, document.Consultant, RoundReplies.Text(text), ct);
        RoundsLog.ReminderSent(logger, roundId, Kind, result.Status == ProactiveStatus.Sent ? 1 : 0, 1);
    }
}
