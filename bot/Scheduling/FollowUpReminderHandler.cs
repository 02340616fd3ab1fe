using PartnershipBot.Cards.Reminders;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Turns;

namespace PartnershipBot.Scheduling;

/// <summary>Delivers <c>action.followUp</c>: a card in the owner's 1:1 chat, in their language, naming what was agreed and by whom.</summary>
internal sealed partial class FollowUpReminderHandler(IProactiveSender sender, UserLanguage userLanguage, ILogger<FollowUpReminderHandler> logger) : IReminderHandler
{
    public const string FollowUpKind = "action.followUp";

    public string Kind => FollowUpKind;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        var payload = FollowUpPayload.FromJson(reminder.Spec.PayloadJson);
        // The user's choice now (they may have switched since), else the one stored with the reminder.
        var language = await userLanguage.StoredAsync(reminder.Spec.TenantId, payload.ChannelId, payload.UserId, ct)
            ?? payload.Language ?? Languages.FromLocale(payload.Locale);
        var texts = ReminderTexts.For(language);
        var card = ReminderCards.FollowUpDue(payload.Who, payload.What, texts);
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            Locale = texts.Culture,
            Attachments = [Attachment.AdaptiveCard(card)],
        };
        var result = await sender.SendToUserAsync(
            payload.ServiceUrl,
            payload.ChannelId,
            reminder.Spec.TenantId,
            new ChannelAccount { Id = payload.BotId, Name = payload.BotName },
            new ChannelAccount { Id = payload.UserId, Name = payload.UserName },
            activity,
            ct);
        LogOutcome(logger, reminder.Id, result.Status);
    }

    [LoggerMessage(EventId = 5130, Level = LogLevel.Information, Message = "Follow-up reminder {ReminderId}: {Status}")]
    private static partial void LogOutcome(ILogger logger, string reminderId, ProactiveStatus status);
}
