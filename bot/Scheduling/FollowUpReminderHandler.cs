using System.Security.Cryptography;
using System.Text;
using PartnershipBot.Actions;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Delivers <c>action.followUp</c>, the free-text follow-up <c>opvolging</c> planned before the action register
/// existed. It becomes what <c>opvolging</c> makes now: a personal action of the user ("what (who)", due that day) in
/// their own register, and the owner gets the current card with Done / Postpone in their 1:1 chat, in their language.
/// </summary>
internal sealed partial class FollowUpReminderHandler(IProactiveSender sender, UserLanguage userLanguage, PersonalActionStore store, ILogger<FollowUpReminderHandler> logger) : IReminderHandler
{
    public const string FollowUpKind = "action.followUp";
    private const int MaxDescription = 300;
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public string Kind => FollowUpKind;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var payload = FollowUpPayload.FromJson(reminder.Spec.PayloadJson);
        // The user's choice now (they may have switched since), else the one stored with the reminder.
        var language = await userLanguage.StoredAsync(reminder.Spec.TenantId, payload.ChannelId, payload.UserId, ct)
            ?? payload.Language ?? Languages.FromLocale(payload.Locale);
        var action = await RecordAsync(reminder, payload, dueUtc, language, ct);
        if (action is not { IsOpen: true })
        {
            LogAlreadyDone(logger, reminder.Id);
            return; // fired again after the owner marked it done: nothing to remind of
        }

        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = language == Language.Nl ? "nl-NL" : "en-GB",
            Attachments = [Attachment.AdaptiveCard(ActionCards.Owner(null, string.Empty, action, language))],
        };
        var result = await sender.SendToUserAsync(
            payload.ServiceUrl,
            payload.ChannelId,
            reminder.Spec.TenantId,
            new ChannelAccount { Id = payload.BotId, Name = payload.BotName },
            new ChannelAccount { Id = payload.UserId, Name = payload.UserName },
            activity,
            ct);
        LogOutcome(logger, reminder.Id, result.Status, action.Id);
    }

    /// <summary>
    /// The follow-up as a personal action, once: its id comes from the reminder and the firing, so a firing delivered
    /// twice neither adds a second action nor reopens one the owner already finished.
    /// </summary>
    private async Task<ActionItem?> RecordAsync(ScheduledReminder reminder, FollowUpPayload payload, DateTimeOffset dueUtc, Language language, CancellationToken ct)
    {
        var id = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(reminder.Id + "|" + dueUtc.UtcTicks)))[..32];
        var what = payload.What.Trim();
        var who = payload.Who.Trim();
        var description = who.Length == 0 ? what : $"{what} ({who})";
        var due = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(dueUtc, Amsterdam).Date);
        var owner = payload.UserName is { Length: > 0 } name ? name : ActionTexts.For(language).Yourself;
        ActionItem? kept = null;
        await store.UpdateAsync(PersonalActionStore.Key(reminder.Spec.TenantId, payload.ChannelId, payload.UserId), register =>
        {
            kept = register.Actions.FirstOrDefault(a => a.Id == id);
            if (kept is not null)
            {
                return register;
            }

            kept = new ActionItem(id, description[..Math.Min(description.Length, MaxDescription)], owner, payload.UserId, due, ActionStatus.Open, dueUtc, payload.UserId, null);
            return register.With(kept);
        }, ct);
        return kept;
    }

    [LoggerMessage(EventId = 5130, Level = LogLevel.Information, Message = "Follow-up reminder {ReminderId}: {Status} (personal action {ActionId})")]
    private static partial void LogOutcome(ILogger logger, string reminderId, ProactiveStatus status, string actionId);

    [LoggerMessage(EventId = 5131, Level = LogLevel.Information, Message = "Follow-up reminder {ReminderId}: its personal action is done already; nothing sent")]
    private static partial void LogAlreadyDone(ILogger logger, string reminderId);
}
