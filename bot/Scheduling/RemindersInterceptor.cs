using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Reminders;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Teams;
using PartnershipBot.Turns;

namespace PartnershipBot.Scheduling;

/// <summary>
/// <c>herinneringen</c>/<c>reminders</c> lists the user's reminders (admins: the tenant's) with a cancel
/// button each; <c>opvolging</c>/<c>follow-up</c> opens a form that schedules an <c>action.followUp</c>.
/// Cancelling is for the owner or an admin of the same tenant; a refusal says the same as "not found".
/// </summary>
internal sealed class RemindersInterceptor(
    IReminderScheduler scheduler,
    IReminderAdministration administration,
    IOptions<RoundsOptions> rounds,
    IOptions<ReminderOptions> options,
    UserLanguage userLanguage,
    TimeProvider time) : ITurnInterceptor
{
    private const int MaxWho = 200;
    private const int MaxWhat = 500;
    private readonly WorkingHours _hours = options.Value.ToWorkingHours();

    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is not { Length: > 0 })
        {
            return false;
        }

        var input = ActivityInputMapper.Map(activity).Input;
        var typed = input is TextInput t ? ReminderCommand.LanguageOf(t.Text) : null;
        var handled = input switch
        {
            TextInput text => ReminderCommand.IsList(text.Text) || ReminderCommand.IsFollowUp(text.Text),
            CardInput card => card.Data.GetValueOrDefault(CardFields.Action) is CardActions.FollowUp or ReminderCardActions.CancelReminder or ReminderCardActions.ScheduleFollowUp,
            _ => false,
        };
        if (!handled)
        {
            return false;
        }

        var language = await userLanguage.OfAsync(activity, typed, cancellationToken);
        if (ConversationScope.IsShared(activity))
        {
            // A reminder list (an admin's holds the tenant's) or a follow-up is personal: never in front of a channel.
            await TextAsync(turnContext, ReminderReplies.For(language).OnlyInPersonalChat, cancellationToken);
            return true;
        }

        switch (input)
        {
            case TextInput text when ReminderCommand.IsList(text.Text):
                await ReplyAsync(turnContext, await ListCardAsync(activity, tenantId, language, cancellationToken), cancellationToken);
                break;
            case CardInput card when card.Data.GetValueOrDefault(CardFields.Action) == ReminderCardActions.CancelReminder:
                await CancelAsync(turnContext, tenantId, card.Data.GetValueOrDefault(ReminderCardActions.ReminderIdField), language, cancellationToken);
                break;
            case CardInput card when card.Data.GetValueOrDefault(CardFields.Action) == ReminderCardActions.ScheduleFollowUp:
                await ScheduleFollowUpAsync(turnContext, tenantId, card.Data, language, cancellationToken);
                break;
            default:
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _hours.Zone).Date);
                await ReplyAsync(turnContext, ReminderCards.FollowUpForm(today.AddDays(7), today, ReminderTexts.For(language)), cancellationToken);
                break;
        }

        return true;
    }

    private async Task CancelAsync(TurnContext turn, string tenantId, string? reminderId, Language language, CancellationToken ct)
    {
        var activity = turn.Activity;
        var replies = ReminderReplies.For(language);
        var cancelled = !string.IsNullOrWhiteSpace(reminderId) && (IsAdmin(activity)
            ? await administration.CancelAnyAsync(tenantId, reminderId, ct)
            : await scheduler.CancelAsync(tenantId, activity.From!.Id!, reminderId, ct));
        if (!cancelled)
        {
            await TextAsync(turn, replies.NotFound, ct);
            return;
        }

        // The updated list replaces the clicked card (Execute) or follows it (Submit).
        await ReplyAsync(turn, await ListCardAsync(activity, tenantId, language, ct), ct, replies.Cancelled);
    }

    private async Task ScheduleFollowUpAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, Language language, CancellationToken ct)
    {
        var activity = turn.Activity;
        var replies = ReminderReplies.For(language);
        var who = data.GetValueOrDefault(ReminderCardActions.WhoField)?.Trim();
        var what = data.GetValueOrDefault(ReminderCardActions.WhatField)?.Trim();
        if (string.IsNullOrEmpty(who) || string.IsNullOrEmpty(what)
            || !DateOnly.TryParseExact(data.GetValueOrDefault(ReminderCardActions.WhenField), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            await TextAsync(turn, replies.Missing, ct);
            return;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _hours.Zone).Date);
        if (date < today)
        {
            await TextAsync(turn, replies.DateInPast, ct);
            return;
        }

        who = who[..Math.Min(who.Length, MaxWho)];
        what = what[..Math.Min(what.Length, MaxWhat)];
        var texts = ReminderTexts.For(language);
        var payload = new FollowUpPayload(
            activity.ServiceUrl!, activity.ChannelId ?? "msteams", activity.Recipient?.Id ?? string.Empty, activity.Recipient?.Name,
            activity.From!.Id!, activity.From.Name, who, what, activity.Locale, language);
        var spec = new ReminderSpec(
            tenantId, activity.From.Id!, FollowUpReminderHandler.FollowUpKind, "followUp:" + activity.From.Id, payload.ToJson(),
            MorningOf(date), null, string.Format(CultureInfo.GetCultureInfo(texts.Culture), texts.FollowUpDueLine, what, who));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        var confirmation = string.Format(CultureInfo.GetCultureInfo(replies.Culture), replies.Scheduled, FormatDue(scheduled.NextDueUtc, replies.Culture));
        await ReplyAsync(turn, await ListCardAsync(activity, tenantId, language, ct), ct, confirmation);
    }

    private async Task<JsonObject> ListCardAsync(Activity activity, string tenantId, Language language, CancellationToken ct)
    {
        var admin = IsAdmin(activity);
        var reminders = admin
            ? [.. (await administration.ListTenantAsync(tenantId, ct)).Where(r => !r.Spec.IsSystemJob)]
            : await scheduler.ListAsync(tenantId, activity.From!.Id!, ct);
        var texts = ReminderTexts.For(language);
        var items = reminders
            .Select(r => new ReminderListItem(r.Id, Describe(r, texts), r.NextDueUtc is null ? null : FormatDue(r.NextDueUtc, texts.Culture), r.Spec.Recurrence is not null))
            .ToList();
        return ReminderCards.List(items, admin, texts);
    }

    /// <summary>A follow-up is described afresh in the reader's language; other kinds keep the description they were stored with.</summary>
    private static string Describe(ScheduledReminder reminder, ReminderTexts texts)
    {
        if (reminder.Spec.Kind != FollowUpReminderHandler.FollowUpKind)
        {
            return reminder.Spec.Description;
        }

        var payload = FollowUpPayload.FromJson(reminder.Spec.PayloadJson);
        return string.Format(CultureInfo.GetCultureInfo(texts.Culture), texts.FollowUpDueLine, payload.What, payload.Who);
    }

    /// <summary>09:00 Amsterdam on <paramref name="date"/> (moved into working hours by the scheduler if that is a weekend).</summary>
    private DateTimeOffset MorningOf(DateOnly date)
    {
        var local = date.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Unspecified);
        return new DateTimeOffset(local, _hours.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private string FormatDue(DateTimeOffset? dueUtc, string culture) =>
        dueUtc is { } due
            ? TimeZoneInfo.ConvertTime(due, _hours.Zone).ToString("dddd d MMMM yyyy HH:mm", CultureInfo.GetCultureInfo(culture))
            : string.Empty;

    private bool IsAdmin(Activity activity) => rounds.Value.IsAdmin(activity.From?.Id, activity.From?.AadObjectId);

    private static async Task ReplyAsync(TurnContext turn, JsonObject card, CancellationToken ct, string? text = null)
    {
        if (string.Equals(turn.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            turn.InvokeResponse = InvokeResponse.Card(card);
            return;
        }

        if (text is not null)
        {
            await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, ct);
        }

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] }, ct);
    }

    private static async Task TextAsync(TurnContext turn, string text, CancellationToken ct)
    {
        if (string.Equals(turn.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            turn.InvokeResponse = InvokeResponse.Message(text);
            return;
        }

        await turn.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, ct);
    }
}
