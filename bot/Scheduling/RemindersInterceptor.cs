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
/// button each (a follow-up is a personal action now: <c>opvolging</c> belongs to the action register;
/// <c>action.followUp</c> reminders planned before still fire and are listed here).
/// Cancelling is for the owner or an admin of the same tenant; a refusal says the same as "not found".
/// </summary>
internal sealed class RemindersInterceptor(
    IReminderScheduler scheduler,
    IReminderAdministration administration,
    IOptions<RoundsOptions> rounds,
    IOptions<ReminderOptions> options,
    UserLanguage userLanguage) : ITurnInterceptor
{
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
            TextInput text => ReminderCommand.IsList(text.Text),
            CardInput card => card.Data.GetValueOrDefault(CardFields.Action) is ReminderCardActions.CancelReminder,
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
            case CardInput card:
                await CancelAsync(turnContext, tenantId, card.Data.GetValueOrDefault(ReminderCardActions.ReminderIdField), language, cancellationToken);
                break;
            default:
                await ReplyAsync(turnContext, await ListCardAsync(activity, tenantId, language, cancellationToken), cancellationToken);
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

    private async Task<JsonObject> ListCardAsync(Activity activity, string tenantId, Language language, CancellationToken ct)
    {
        var admin = IsAdmin(activity);
        var reminders = admin
            ? [.. (await administration.ListTenantAsync(tenantId, ct)).Where(r => !r.Spec.IsSystemJob)]
            : await scheduler.ListAsync(tenantId, activity.From!.Id!, ct);
        var texts = ReminderTexts.For(language);
        var items = reminders
            .Select(r => new ReminderListItem(r.Id, Describe(r, texts), r.NextDueUtc is null ? null : FormatDue(r.NextDueUtc, language), r.Spec.Recurrence is not null))
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

    private string FormatDue(DateTimeOffset? dueUtc, Language language) =>
        dueUtc is { } due
            ? Dialogs.Content.Texts.DisplayDates.DayDateAndTime(due, language, _hours.Zone)
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
