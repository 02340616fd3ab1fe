using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Cards.Calendar;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Teams;
using PartnershipBot.Turns;

namespace PartnershipBot.Actions;

/// <summary>
/// The action register: <c>acties</c> / <c>actions</c> (consultant or admin, 1:1) lists a partnership's open
/// actions with a form for a new one; a new action's owner gets a personal card; Done / Postpone (owner,
/// consultant or admin) refresh the card in place; an overdue action is escalated to the consultant once.
/// </summary>
internal sealed class ActionsInterceptor(ConsultedPartnerships partnerships, RoundStore rounds, ActionStore store, IReminderScheduler scheduler, IProactiveSender sender, WorkingDays workingDays, TimeProvider time, ILogger<ActionsInterceptor> logger) : ITurnInterceptor
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is null)
        {
            return false;
        }

        var input = ActivityInputMapper.Map(activity).Input;
        if (input is TextInput && Command(activity.TextWithoutBotMention()) is { } command)
        {
            await ListAsync(turnContext, tenantId, command.Name, null, command.Language, cancellationToken);
            return true;
        }

        if (input is CardInput pick && pick.Data.GetValueOrDefault(CardFields.Action) == CalendarCardActions.Pick && pick.Data.GetValueOrDefault(CalendarCardActions.PickFor) == CalendarCardActions.PickActions)
        {
            var language = pick.Data.GetValueOrDefault(CalendarCardActions.Language) == "en" ? Language.En : Language.Nl;
            await ListAsync(turnContext, tenantId, null, pick.Data.GetValueOrDefault(CalendarCardActions.PartnershipId), language, cancellationToken);
            return true;
        }

        if (input is CardInput card && card.Data.GetValueOrDefault(CardFields.Action) is { } action && ActionCardActions.All.Contains(action))
        {
            var data = card.Data;
            var language = data.GetValueOrDefault(ActionCardActions.Language) == "en" ? Language.En : Language.Nl;
            await (action == ActionCardActions.Create
                ? CreateAsync(turnContext, tenantId, data, language, cancellationToken)
                : UpdateAsync(turnContext, tenantId, data, action == ActionCardActions.Done, language, cancellationToken));
            return true;
        }

        return false;
    }

    private async Task ListAsync(TurnContext turn, string tenantId, string? name, string? partnershipId, Language language, CancellationToken ct)
    {
        var lookup = turn.Activity.Conversation?.ConversationType is null or "personal"
            ? await partnerships.FindAsync(tenantId, turn.Activity.From!, name, partnershipId, ct)
            : PartnershipLookup.None;
        if (lookup.IsAmbiguous)
        {
            await turn.SendActivityAsync(RoundReplies.Card(PartnershipChoiceCard.Build(CalendarCardActions.PickActions, lookup.Choices, language)), ct);
            return;
        }

        if (lookup.Found is not { } partnership)
        {
            await RoundReplies.ReplyAsync(turn, CalendarUi.For(language).NoPartnership, ct);
            return;
        }

        var register = await store.GetAsync(tenantId, partnership, ct);
        await turn.SendActivityAsync(RoundReplies.Card(List(partnership, register, language)), ct);
    }

    private async Task CreateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        if (await FromCardAsync(turn, tenantId, data, ct) is not { } partnership)
        {
            await RoundReplies.ReplyAsync(turn, CalendarUi.For(language).NoPartnership, ct);
            return;
        }

        var description = data.GetValueOrDefault(ActionCardActions.Description)?.Trim();
        var ownerId = data.GetValueOrDefault(ActionCardActions.Owner)?.Trim() is { Length: > 0 } picked ? picked : null;
        var ownerName = data.GetValueOrDefault(ActionCardActions.OwnerName)?.Trim() is { Length: > 0 } typed ? typed : null;
        var dueOk = DateOnly.TryParseExact(data.GetValueOrDefault(ActionCardActions.Due)?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var due);
        if (string.IsNullOrWhiteSpace(description) || description.Length > 300 || (ownerId is null && ownerName is null) || !dueOk || due <= Today())
        {
            await RoundReplies.ReplyAsync(turn, t.Invalid, ct);
            return;
        }

        var activity = turn.Activity;
        var action = new ActionItem(Guid.NewGuid().ToString("N"), description, ownerName ?? (language == Language.Nl ? "gekozen collega" : "chosen colleague"), ownerId, due, ActionStatus.Open, time.GetUtcNow(), activity.From!.Id!, null);
        var register = await store.UpdateAsync(tenantId, partnership, r => r.With(action), ct);
        await ScheduleOverdueCheckAsync(tenantId, partnership, action, RoundReplies.ReferenceOf(activity), language, ct);

        var notified = "no";
        if (ownerId is not null && activity.ServiceUrl is { } serviceUrl && activity.ChannelId is { } channelId && activity.Recipient is { } bot)
        {
            var result = await sender.SendToUserAsync(serviceUrl, channelId, tenantId, bot, new ChannelAccount { Id = ownerId, AadObjectId = ownerId }, RoundReplies.Card(ActionCards.Owner(partnership.Id, partnership.Name, action, language)), ct);
            notified = result.Status.ToString();
        }

        ActionsLog.Created(logger, action.Id, notified);
        await Answer(turn, t.Created(action.OwnerName), List(partnership, register, language), ct);
    }

    private async Task UpdateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, bool done, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        var user = turn.Activity.From!;
        var actionId = data.GetValueOrDefault(ActionCardActions.ActionId);
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
        await Answer(turn, t.StatusNow(updated), card, ct);
    }

    /// <summary>Checks on the first working day after the due date, at 09:00, whether the action is still open.</summary>
    private async Task ScheduleOverdueCheckAsync(string tenantId, Partnership partnership, ActionItem action, ConversationReference? consultant, Language language, CancellationToken ct)
    {
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

        var day = workingDays.NextWorkingDay(action.Due.AddDays(1)).ToDateTime(new TimeOnly(9, 0));
        var due = new DateTimeOffset(day, Amsterdam.GetUtcOffset(day)).ToUniversalTime();
        var payload = JsonSerializer.Serialize(new ActionReminderPayload(partnership.Name, action.Id, consultant, language == Language.En ? "en" : "nl", partnership.Id), Json);
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, action.CreatedBy, ActionReminderPayload.Kind, Subject(action), payload, due, null, ActionTexts.For(language).EscalationDescription(partnership.Name)), ct);
    }

    private static string Subject(ActionItem action) => "action:" + action.Id;

    private JsonObject List(Partnership partnership, ActionRegisterDocument register, Language language) =>
        ActionCards.List(partnership.Id, partnership.Name, register.Actions, language, Today().AddDays(1));

    /// <summary>The partnership a form names, if the user consults it: by id, or on a card sent before ids, by an unambiguous name.</summary>
    private async Task<Partnership?> FromCardAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var id = data.GetValueOrDefault(ActionCardActions.PartnershipId);
        var name = id is null ? data.GetValueOrDefault(ActionCardActions.Partnership) : null;
        return id is null && name is null ? null : (await partnerships.FindAsync(tenantId, turn.Activity.From!, name, id, ct)).Found;
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

    private static async Task Answer(TurnContext turn, string text, JsonObject card, CancellationToken ct)
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

    private static (string? Name, Language Language)? Command(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Language? language = words.Length == 0 ? null : words[0].ToLowerInvariant() switch { "acties" => Language.Nl, "actions" => Language.En, _ => null };
        return language is null ? null : (words.Length > 1 ? string.Join(' ', words.Skip(1)) : null, language.Value);
    }
}
