using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
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
internal sealed class ActionsInterceptor(ConsultedPartnerships partnerships, ActionStore store, IReminderScheduler scheduler, IProactiveSender sender, WorkingDays workingDays, TimeProvider time, ILogger<ActionsInterceptor> logger) : ITurnInterceptor
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
            await ListAsync(turnContext, tenantId, command.Name, command.Language, cancellationToken);
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

    private async Task ListAsync(TurnContext turn, string tenantId, string? name, Language language, CancellationToken ct)
    {
        if (turn.Activity.Conversation?.ConversationType is not (null or "personal") || await partnerships.FindAsync(tenantId, turn.Activity.From!, name, ct) is not { } partnership)
        {
            await RoundReplies.ReplyAsync(turn, CalendarUi.For(language).NoPartnership, ct);
            return;
        }

        var register = await store.GetAsync(tenantId, partnership, ct);
        await turn.SendActivityAsync(RoundReplies.Card(ActionCards.List(partnership, register.Actions, language, Today().AddDays(1))), ct);
    }

    private async Task CreateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        if (await partnerships.FindAsync(tenantId, turn.Activity.From!, data.GetValueOrDefault(ActionCardActions.Partnership), ct) is not { } partnership)
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
            var result = await sender.SendToUserAsync(serviceUrl, channelId, tenantId, bot, new ChannelAccount { Id = ownerId, AadObjectId = ownerId }, RoundReplies.Card(ActionCards.Owner(partnership, action, language)), ct);
            notified = result.Status.ToString();
        }

        ActionsLog.Created(logger, action.Id, notified);
        await Answer(turn, t.Created(action.OwnerName), ActionCards.List(partnership, register.Actions, language, Today().AddDays(1)), ct);
    }

    private async Task UpdateAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, bool done, Language language, CancellationToken ct)
    {
        var t = ActionTexts.For(language);
        var user = turn.Activity.From!;
        var name = data.GetValueOrDefault(ActionCardActions.Partnership);
        var actionId = data.GetValueOrDefault(ActionCardActions.ActionId);
        if (name is null || actionId is null || (await store.GetAsync(tenantId, name, ct)).Actions.FirstOrDefault(a => a.Id == actionId) is not { } current)
        {
            await RoundReplies.ReplyAsync(turn, t.Gone, ct);
            return;
        }

        var isOwner = current.IsOwnedBy(user.Id, user.AadObjectId);
        if (!isOwner && await partnerships.FindAsync(tenantId, user, name, ct) is null)
        {
            ActionsLog.Refused(logger);
            await RoundReplies.ReplyAsync(turn, t.NotAllowed, ct);
            return;
        }

        var register = await store.UpdateAsync(tenantId, name, r => r.Actions.FirstOrDefault(a => a.Id == actionId) is { } a
            ? r.With(done ? a.MarkDone() : a.Postpone(a.Due.AddDays(14)))
            : r, ct);
        var updated = register.Actions.Single(a => a.Id == actionId);
        if (!done)
        {
            await ScheduleOverdueCheckAsync(tenantId, register.PartnershipName, updated, null, language, ct);
        }

        ActionsLog.Updated(logger, actionId, updated.Status.ToString());
        var card = isOwner ? ActionCards.Owner(register.PartnershipName, updated, language) : ActionCards.List(register.PartnershipName, register.Actions, language, Today().AddDays(1));
        await Answer(turn, t.StatusNow(updated), card, ct);
    }

    /// <summary>Checks on the first working day after the due date, at 09:00, whether the action is still open.</summary>
    private async Task ScheduleOverdueCheckAsync(string tenantId, string partnership, ActionItem action, ConversationReference? consultant, Language language, CancellationToken ct)
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
        var payload = JsonSerializer.Serialize(new ActionReminderPayload(partnership, action.Id, consultant, language == Language.En ? "en" : "nl"), Json);
        await scheduler.ScheduleAsync(new ReminderSpec(tenantId, action.CreatedBy, ActionReminderPayload.Kind, Subject(action), payload, due, null, ActionTexts.For(language).EscalationDescription(partnership)), ct);
    }

    private static string Subject(ActionItem action) => "action:" + action.Id;

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
