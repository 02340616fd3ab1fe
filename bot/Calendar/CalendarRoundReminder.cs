using System.Text.Json;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Calendar;

/// <summary>
/// The day a proposed round should start: tells the consultant in their 1:1 chat, with the proposal as the
/// calendar has it now (a date changed since is reflected), and how to start the round.
/// </summary>
internal sealed class CalendarRoundReminder(CalendarStore store, WorkingDays workingDays, IProactiveSender sender, ILogger<CalendarRoundReminder> logger) : IReminderHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => CalendarReminderPayload.Kind;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (JsonSerializer.Deserialize<CalendarReminderPayload>(reminder.Spec.PayloadJson, Json) is not { } payload)
        {
            return;
        }

        var language = payload.Language == "en" ? Language.En : Language.Nl;
        var document = await store.GetAsync(reminder.Spec.TenantId, payload.Partnership, ct);
        var calendar = GovernanceCalendar.For(payload.Year, document.EditsFor(payload.Year), workingDays);
        var proposal = RoundPlanner.Propose(calendar, new DateOnly(payload.Year, 1, 1), workingDays).FirstOrDefault(p => p.Moment.Kind == payload.Moment);
        var text = CalendarUi.For(language).RoundDue(payload.Partnership, proposal is null ? string.Empty : CalendarTexts.Proposal(proposal, language));
        var result = await sender.SendAsync(payload.Chat, RoundReplies.Text(text), ct);
        CalendarLog.Reminded(logger, result.Status.ToString());
    }
}
