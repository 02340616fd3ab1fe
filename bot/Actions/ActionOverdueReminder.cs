using System.Text.Json;
using PartnershipBot.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Actions;

/// <summary>
/// After an action's due date: if it is still open and was not escalated for this date, the consultant is
/// told once in their 1:1 chat. A postponed or finished action is left alone.
/// </summary>
internal sealed class ActionOverdueReminder(RoundStore rounds, ConsultedPartnerships partnerships, ActionStore store, IProactiveSender sender, TimeProvider time, ILogger<ActionOverdueReminder> logger) : IReminderHandler
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => ActionReminderPayload.Kind;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (JsonSerializer.Deserialize<ActionReminderPayload>(reminder.Spec.PayloadJson, Json) is not { } payload)
        {
            return;
        }

        var tenantId = reminder.Spec.TenantId;
        if (await PartnershipAsync(tenantId, reminder.Spec.OwnerId, payload, ct) is not { } partnership)
        {
            return; // the partnership is gone (retention or erasure)
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date);
        ActionItem? escalate = null;
        await store.UpdateAsync(tenantId, partnership, r =>
        {
            escalate = r.Actions.FirstOrDefault(a => a.Id == payload.ActionId && a.IsOverdue(today) && a.EscalatedAt is null);
            return escalate is null ? r : r.With(escalate with { EscalatedAt = time.GetUtcNow() });
        }, ct);
        if (escalate is null)
        {
            return;
        }

        var text = ActionTexts.For(payload.Language == "en" ? Language.En : Language.Nl).Escalation(partnership.Name, escalate);
        var result = await sender.SendAsync(payload.Consultant, RoundReplies.Text(text), ct);
        ActionsLog.Escalated(logger, escalate.Id, result.Status.ToString());
    }

    /// <summary>By id; a check planned before ids names the partnership, which is the one of that name its planner consults.</summary>
    private async Task<Partnership?> PartnershipAsync(string tenantId, string ownerId, ActionReminderPayload payload, CancellationToken ct) =>
        payload.PartnershipId is { } id
            ? await rounds.PartnershipAsync(tenantId, id, ct)
            : (await partnerships.NamedAsync(tenantId, payload.Partnership, ct)).FirstOrDefault(p => p.HasConsultant(ownerId));
}
