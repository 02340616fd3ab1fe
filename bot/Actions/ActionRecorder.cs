using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Actions;

/// <summary>
/// Records and updates actions: a partnership's (the owner gets a card, the consultant hears when it is
/// overdue) or a personal one (the user owns it and gets its card on the due day). A form that lacks a
/// description, an owner or a future date is refused with one sentence and nothing is stored.
/// </summary>
internal sealed class ActionRecorder(ConsultedPartnerships partnerships, RoundStore rounds, ActionStore store, PersonalActionStore personal, IReminderScheduler scheduler, IProactiveSender sender, WorkingDays workingDays, TimeProvider time, ILogger<ActionRecorder> logger)
{
    private const int MaxDescription = 300;
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<JsonObject> ListAsync(string tenantId, Partnership partnership, Language language, CancellationToken ct) =>
        List(partnership, await store.GetAsync(tenantId, partnership, ct), language);

    public async Task CreateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        var description = data.GetValueOrDefault(ActionCardActions.Description)?.Trim();
        var dueOk = DateOnly.TryParseExact(data.GetValueOrDefault(ActionCardActions.Due)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due);
        var source = data.GetValueOrDefault(ActionCardActions.Source) is { Length: > 0 and <= 200 } s ? s : null;
        var sourceTitle = source is null ? null : data.GetValueOrDefault(ActionCardActions.SourceTitle) is { Length: > 0 } st ? st[..Math.Min(st.Length, 200)] : null;
        var personalScope = data.GetValueOrDefault(ActionCardActions.PartnershipId) is null && data.GetValueOrDefault(ActionCardActions.Scope) is null or ActionCardActions.Personal;
        if (string.IsNullOrWhiteSpace(description) || description.Length > MaxDescription || !dueOk || due <= Today())
        {
            // A personal action's form has no owner field: asking for one there sends the user looking for it.
            await RoundReplies.ReplyAsync(turn, personalScope ? t.InvalidPersonal : t.Invalid, ct);
            return;
        }

        if (personalScope)
        {
            await CreatePersonalAsync(turn, tenantId, description, due, source, sourceTitle, language, ct);
            return;
        }

        var id = data.GetValueOrDefault(ActionCardActions.PartnershipId) ?? data.GetValueOrDefault(ActionCardActions.Scope);
        var name = id is null ? data.GetValueOrDefault(ActionCardActions.Partnership) : null;
        if ((await partnerships.FindAsync(tenantId, turn.Activity.From!, name, id, ct)).Found is not { } partnership)
        {
            await RoundReplies.ReplyAsync(turn, CalendarUi.For(language).NoPartnership, ct);
            return;
        }

        var ownerId = data.GetValueOrDefault(ActionCardActions.Owner)?.Trim() is { Length: > 0 } picked ? picked : null;
        var ownerName = data.GetValueOrDefault(ActionCardActions.OwnerName)?.Trim() is { Length: > 0 } typed ? typed[..Math.Min(typed.Length, 100)] : null;
        if (ownerId is null && ownerName is null)
        {
            await RoundReplies.ReplyAsync(turn, t.Invalid, ct);
            return;
        }

        var activity = turn.Activity;
        var action = new ActionItem(Guid.NewGuid().ToString("N"), description, ownerName ?? (language == Language.Nl ? "gekozen collega" : "chosen colleague"), ownerId, due, ActionStatus.Open, time.GetUtcNow(), activity.From!.Id!, null, source, sourceTitle);
        var register = await store.UpdateAsync(tenantId, partnership, r => r.With(action), ct);
        await ScheduleOverdueCheckAsync(tenantId, partnership, action, RoundReplies.ReferenceOf(activity), language, ct);

        var notified = "no";
        if (ownerId is not null && activity.ServiceUrl is { } serviceUrl && activity.ChannelId is { } channelId && activity.Recipient is { } bot)
        {
            var result = await sender.SendToUserAsync(serviceUrl, channelId, tenantId, bot, new ChannelAccount { Id = ownerId, AadObjectId = ownerId }, RoundReplies.Card(ActionCards.Owner(partnership.Id, partnership.Name, action, language)), ct);
            notified = result.Status.ToString();
        }

        ActionsLog.Created(logger, action.Id, notified);
        await AnswerAsync(turn, t.Created(action.OwnerName), List(partnership, register, language), ct);
    }

    /// <summary>A follow-up form sent before follow-ups became actions: its who and what become a personal action's description.</summary>
    public Task FromOldFollowUpFormAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, Language language, CancellationToken ct)
    {
        var who = data.GetValueOrDefault(ReminderCardActions.WhoField)?.Trim();
        var what = data.GetValueOrDefault(ReminderCardActions.WhatField)?.Trim();
        var description = string.IsNullOrEmpty(what) ? null : string.IsNullOrEmpty(who) ? what : $"{what} ({who})";
        var form = new Dictionary<string, string> { [ActionCardActions.Scope] = ActionCardActions.Personal };
        if (description is not null)
        {
            form[ActionCardActions.Description] = description[..Math.Min(description.Length, MaxDescription)];
        }

        if (data.GetValueOrDefault(ReminderCardActions.WhenField) is { } when)
        {
            form[ActionCardActions.Due] = when;
        }

        return CreateAsync(turn, tenantId, form, language, ct);
    }

    public async Task UpdateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, bool done, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        var user = turn.Activity.From!;
        var actionId = data.GetValueOrDefault(ActionCardActions.ActionId);
        if (actionId is not null && data.GetValueOrDefault(ActionCardActions.Scope) == ActionCardActions.Personal)
        {
            await UpdatePersonalAsync(turn, tenantId, actionId, done, language, ct);
            return;
        }

        if (actionId is null || await HoldingAsync(tenantId, data, actionId, ct) is not ({ } partnership, { } current))
        {
            await RoundReplies.ReplyAsync(turn, t.Gone, ct);
            return;
        }

        var isOwner = current.IsOwnedBy(user.Id, user.AadObjectId);
        if (!isOwner && (await partnerships.FindAsync(tenantId, user, null, partnership.Id, ct)).Found is null)
        {
            ActionsLog.Refused(logger);
            await RoundReplies.ReplyAsync(turn, t.NotAllowed, ct);
            return;
        }

        var register = await store.UpdateAsync(tenantId, partnership, r => r.Actions.FirstOrDefault(a => a.Id == actionId) is { } a
            ? r.With(done ? a.MarkDone() : a.Postpone(a.Due.AddDays(14)))
            : r, ct);
        var updated = register.Actions.Single(a => a.Id == actionId);
        if (!done)
        {
            await ScheduleOverdueCheckAsync(tenantId, partnership, updated, null, language, ct);
        }

        ActionsLog.Updated(logger, actionId, updated.Status.ToString());
        var card = isOwner ? ActionCards.Owner(partnership.Id, partnership.Name, updated, language) : List(partnership, register, language);
        await AnswerAsync(turn, t.StatusNow(updated), card, ct);
    }

    private async Task CreatePersonalAsync(TurnContext turn, string tenantId, string description, DateOnly due, string? source, string? sourceTitle, Language language, CancellationToken ct)
    {
        var activity = turn.Activity;
        var t = ActionTexts.For(language);
        var action = new ActionItem(Guid.NewGuid().ToString("N"), description, activity.From!.Name is { Length: > 0 } me ? me : t.Yourself, activity.From.Id, due, ActionStatus.Open, time.GetUtcNow(), activity.From.Id!, null, source, sourceTitle);
        await personal.UpdateAsync(PersonalKey(activity, tenantId), r => r.With(action), ct);
        await SchedulePersonalAsync(turn, tenantId, action, language, ct);
        ActionsLog.Created(logger, action.Id, "self");
        await AnswerAsync(turn, t.PersonalCreated(due), ActionCards.Owner(null, string.Empty, action, language), ct);
    }

    /// <summary>Only the user's own register is looked in, so nobody else can touch a personal action.</summary>
    private async Task UpdatePersonalAsync(TurnContext turn, string tenantId, string actionId, bool done, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        ActionItem? updated = null;
        await personal.UpdateAsync(PersonalKey(turn.Activity, tenantId), r =>
        {
            updated = r.Actions.FirstOrDefault(a => a.Id == actionId) is { } a ? (done ? a.MarkDone() : a.Postpone(a.Due.AddDays(14))) : null;
            return updated is null ? r : r.With(updated);
        }, ct);
        if (updated is null)
        {
            await RoundReplies.ReplyAsync(turn, t.Gone, ct);
            return;
        }

        if (done)
        {
            await scheduler.CancelForSubjectAsync(tenantId, Subject(updated), ct);
        }
        else
        {
            await SchedulePersonalAsync(turn, tenantId, updated, language, ct);
        }

        ActionsLog.Updated(logger, actionId, updated.Status.ToString());
        await AnswerAsync(turn, t.StatusNow(updated), ActionCards.Owner(null, string.Empty, updated, language), ct);
    }

    /// <summary>09:00 Amsterdam on the due day (a working day: the scheduler moves a weekend to Monday).</summary>
    private async Task SchedulePersonalAsync(TurnContext turn, string tenantId, ActionItem action, Language language, CancellationToken ct)
    {
        var activity = turn.Activity;
        var payload = new PersonalActionPayload(RoundReplies.ReferenceOf(activity), activity.ChannelId ?? "msteams", activity.From!.Id!, action.Id, language == Language.En ? "en" : "nl");
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, activity.From.Id!, PersonalActionPayload.Kind, Subject(action), JsonSerializer.Serialize(payload, Json), NineOn(action.Due), null, ActionTexts.For(language).PersonalDue(action.Description)), ct);
    }

    /// <summary>Checks on the first working day after the due date, at 09:00, whether the action is still open.</summary>
    private async Task ScheduleOverdueCheckAsync(string tenantId, Partnership partnership, ActionItem action, ConversationReference? consultant, Language language, CancellationToken ct)
    {
        if (action.OwnerRemoved || action.CreatedBy.Length == 0)
        {
            return; // someone erased their data: there is no owner to talk to, or no one to tell (see docs/privacy.md)
        }

        if (consultant is null)
        {
            // A postponement: reuse where the first check would have told the consultant.
            var existing = (await scheduler.ListAsync(tenantId, action.CreatedBy, ct)).FirstOrDefault(r => r.Spec.Kind == ActionReminderPayload.Kind && r.Spec.Subject == Subject(action));
            consultant = existing is null ? null : JsonSerializer.Deserialize<ActionReminderPayload>(existing.Spec.PayloadJson, Json)?.Consultant;
            if (consultant is null)
            {
                return;
            }
        }

        var payload = JsonSerializer.Serialize(new ActionReminderPayload(partnership.Name, action.Id, consultant, language == Language.En ? "en" : "nl", partnership.Id), Json);
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, action.CreatedBy, ActionReminderPayload.Kind, Subject(action), payload, NineOn(workingDays.NextWorkingDay(action.Due.AddDays(1))), null, ActionTexts.For(language).EscalationDescription(partnership.Name)), ct);
    }

    /// <summary>
    /// The partnership whose register holds the action (whoever asks: the owner need not consult it), by the
    /// card's partnership id, or on a card sent before ids among the tenant's partnerships of the card's name.
    /// </summary>
    private async Task<(Partnership?, ActionItem?)> HoldingAsync(string tenantId, IReadOnlyDictionary<string, string> data, string actionId, CancellationToken ct)
    {
        IReadOnlyList<Partnership> candidates = data.GetValueOrDefault(ActionCardActions.PartnershipId) is { } id
            ? await rounds.PartnershipAsync(tenantId, id, ct) is { } byId ? [byId] : []
            : data.GetValueOrDefault(ActionCardActions.Partnership) is { } name ? await partnerships.NamedAsync(tenantId, name, ct) : [];
        foreach (var candidate in candidates)
        {
            if ((await store.GetAsync(tenantId, candidate, ct)).Actions.FirstOrDefault(a => a.Id == actionId) is { } action)
            {
                return (candidate, action);
            }
        }

        return (null, null);
    }

    private JsonObject List(Partnership partnership, ActionRegisterDocument register, Language language) =>
        ActionCards.List(partnership.Id, partnership.Name, register.Actions, language, Today().AddDays(1));

    private static string PersonalKey(Activity activity, string tenantId) => PersonalActionStore.Key(tenantId, activity.ChannelId ?? "msteams", activity.From!.Id!);

    internal static string Subject(ActionItem action) => "action:" + action.Id;

    private static DateTimeOffset NineOn(DateOnly day)
    {
        var local = day.ToDateTime(new TimeOnly(9, 0));
        return new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
    }

    private static async Task AnswerAsync(TurnContext turn, string text, JsonObject card, CancellationToken ct)
    {
        await turn.SendActivityAsync(RoundReplies.Text(text), ct);
        if (RoundReplies.IsInvoke(turn))
        {
            turn.InvokeResponse = InvokeResponse.Card(card); // Action.Execute: the card is refreshed in place
            return;
        }

        await turn.SendActivityAsync(RoundReplies.Card(card), ct);
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date);
}
