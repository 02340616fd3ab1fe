using System.Text.Json;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Turns;

namespace PartnershipBot.Actions;

/// <summary>
/// On a personal action's due day, at 09:00: its owner (the user who planned it) gets the action's card with
/// Done / Postpone in their 1:1 chat, unless it was done already. This is what <c>opvolging</c> used to plan.
/// </summary>
internal sealed class PersonalActionReminder(PersonalActionStore store, UserLanguage userLanguage, IProactiveSender sender, ILogger<PersonalActionReminder> logger) : IReminderHandler
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string Kind => PersonalActionPayload.Kind;

    public async Task HandleAsync(ScheduledReminder reminder, DateTimeOffset dueUtc, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reminder);
        if (JsonSerializer.Deserialize<PersonalActionPayload>(reminder.Spec.PayloadJson, Json) is not { } payload)
        {
            return;
        }

        var key = PersonalActionStore.Key(reminder.Spec.TenantId, payload.ChannelId, payload.UserId);
        if ((await store.GetAsync(key, ct)).Actions.FirstOrDefault(a => a.Id == payload.ActionId) is not { IsOpen: true } action)
        {
            return; // done, or erased with the user's data
        }

        // The user's choice now (they may have switched since), else the one stored with the reminder.
        var language = await userLanguage.StoredAsync(reminder.Spec.TenantId, payload.ChannelId, payload.UserId, ct) ?? (payload.Language == "en" ? Language.En : Language.Nl);
        var card = RoundReplies.Card(ActionCards.Owner(null, string.Empty, action, language));
        card.Locale = language == Language.Nl ? "nl-NL" : "en-GB";
        var result = await sender.SendAsync(payload.Chat, card, ct);
        ActionsLog.PersonalDue(logger, action.Id, result.Status.ToString());
    }
}
