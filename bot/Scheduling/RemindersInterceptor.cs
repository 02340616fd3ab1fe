using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PartnershipBot.Cards.Reminders;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Reminders;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
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

        switch (ActivityInputMapper.Map(activity).Input)
        {
            case TextInput text when ReminderCommand.IsList(text.Text):
                await ReplyAsync(turnContext, await ListCardAsync(activity, tenantId, cancellationToken), cancellationToken);
                return true;
            case TextInput text when ReminderCommand.IsFollowUp(text.Text):
            case CardInput button when button.Data.GetValueOrDefault(CardFields.Action) == CardActions.FollowUp:
                var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), _hours.Zone).Date);
                await ReplyAsync(turnContext, ReminderCards.FollowUpForm(today.AddDays(7), ReminderTexts.For(activity.Locale)), cancellationToken);
                return true;
            case CardInput card when card.Data.GetValueOrDefault(CardFields.Action) == ReminderCardActions.CancelReminder:
                await CancelAsync(turnContext, tenantId, card.Data.GetValueOrDefault(ReminderCardActions.ReminderIdField), cancellationToken);
                return true;
            case CardInput card when card.Data.GetValueOrDefault(CardFields.Action) == ReminderCardActions.ScheduleFollowUp:
                await ScheduleFollowUpAsync(turnContext, tenantId, card.Data, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task CancelAsync(TurnContext turn, string tenantId, string? reminderId, CancellationToken ct)
    {
        var activity = turn.Activity;
        var replies = ReminderReplies.For(activity.Locale);
        var cancelled = !string.IsNullOrWhiteSpace(reminderId) && (IsAdmin(activity)
            ? await administration.CancelAnyAsync(tenantId, reminderId, ct)
            : await scheduler.CancelAsync(tenantId, activity.From!.Id!, reminderId, ct));
        if (!cancelled)
        {
            await TextAsync(turn, replies.NotFound, ct);
            return;
        }

        // The updated list replaces the clicked card (Execute) or follows it (Submit).
        await ReplyAsync(turn, await ListCardAsync(activity, tenantId, ct), ct, replies.Cancelled);
    }

    private async Task ScheduleFollowUpAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var activity = turn.Activity;
        var replies = ReminderReplies.For(activity.Locale);
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
        var texts = ReminderTexts.For(activity.Locale);
        var payload = new FollowUpPayload(
            activity.ServiceUrl!, activity.ChannelId ?? "msteams", activity.Recipient?.Id ?? string.Empty, activity.Recipient?.Name,
            activity.From!.Id!, activity.From.Name, who, what, activity.Locale);
        var spec = new ReminderSpec(
            tenantId, activity.From.Id!, FollowUpReminderHandler.FollowUpKind, "followUp:" + activity.From.Id, payload.ToJson(),
            MorningOf(date), null, string.Format(CultureInfo.GetCultureInfo(texts.Culture), texts.FollowUpDueLine, what, who));
        var scheduled = await scheduler.ScheduleAsync(spec, ct);
        var confirmation = string.Format(CultureInfo.GetCultureInfo(replies.Culture), replies.Scheduled, FormatDue(scheduled.NextDueUtc, replies.Culture));
        await ReplyAsync(turn, await ListCardAsync(activity, tenantId, ct), ct, confirmation);
    }

    private async Task<JsonObject> ListCardAsync(Activity activity, string tenantId, CancellationToken ct)
    {
        var admin = IsAdmin(activity);
        var reminders = admin
            ? await administration.ListTenantAsync(tenantId, ct)
            : await scheduler.ListAsync(tenantId, activity.From!.Id!, ct);
        var texts = ReminderTexts.For(activity.Locale);
        var items = reminders
            .Select(r => new ReminderListItem(r.Id, r.Spec.Description, r.NextDueUtc is null ? null : FormatDue(r.NextDueUtc, texts.Culture), r.Spec.Recurrence is not null))
            .ToList();
        return ReminderCards.List(items, admin, texts);
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
