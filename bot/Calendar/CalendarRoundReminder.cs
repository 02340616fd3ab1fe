using System.Text.Json;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Calendar;

/// <summary>
/// The day a proposed round should start: tells the consultant in their 1:1 chat, with the proposal as the
/// calendar has it now (a date changed since is reflected), and how to start the round.
/// </summary>
internal sealed class CalendarRoundReminder(RoundStore rounds, ConsultedPartnerships partnerships, CalendarStore store, WorkingDays workingDays, IProactiveSender sender, ILogger<CalendarRoundReminder> logger) : IReminderHandler
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

        var tenantId = reminder.Spec.TenantId;
        var partnership = await PartnershipAsync(tenantId, reminder.Spec.OwnerId, payload, ct);
        var language = payload.Language == "en" ? Language.En : Language.Nl;
        var proposal = partnership is null ? null : await ProposalAsync(tenantId, partnership, payload, ct);
        var text = CalendarUi.For(language).RoundDue(partnership?.Name ?? payload.Partnership, proposal is null ? string.Empty : CalendarTexts.Proposal(proposal, language));
        var result = await sender.SendAsync(payload.Chat, RoundReplies.Text(text), ct);
        CalendarLog.Reminded(logger, result.Status.ToString());
    }

    private async Task<RoundProposal?> ProposalAsync(string tenantId, Partnership partnership, CalendarReminderPayload payload, CancellationToken ct)
    {
        var document = await store.GetAsync(tenantId, partnership, ct);
        var calendar = GovernanceCalendar.For(payload.Year, document.EditsFor(payload.Year), workingDays);
        return RoundPlanner.Propose(calendar, new DateOnly(payload.Year, 1, 1), workingDays).FirstOrDefault(p => p.Moment.Kind == payload.Moment);
    }

    /// <summary>By id; a reminder planned before ids names the partnership, which is the one of that name its owner consults.</summary>
    private async Task<Partnership?> PartnershipAsync(string tenantId, string ownerId, CalendarReminderPayload payload, CancellationToken ct) =>
        payload.PartnershipId is { } id
            ? await rounds.PartnershipAsync(tenantId, id, ct)
            : (await partnerships.NamedAsync(tenantId, payload.Partnership, ct)).FirstOrDefault(p => p.HasConsultant(ownerId));
}
