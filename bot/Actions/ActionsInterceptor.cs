using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Calendar;
using PartnershipBot.Cards.Actions;
using PartnershipBot.Cards.Calendar;
using PartnershipBot.Cards.Reminders;
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
/// The action register, one mechanism for agreed actions and personal follow-ups: <c>acties</c> /
/// <c>actions</c> (consultant or admin, 1:1) lists a partnership's open actions with a form for a new one;
/// "Maak actie" on an advice step or a role gap, and <c>opvolging</c> / <c>follow-up</c>, open the form
/// (prefilled, for a partnership the user consults or for themself); Done / Postpone refresh the card in place.
/// </summary>
internal sealed class ActionsInterceptor(ConsultedPartnerships partnerships, ActionRecorder recorder, UserLanguage userLanguage, TimeProvider time) : ITurnInterceptor
{
    private static readonly TimeZoneInfo Amsterdam = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is null)
        {
            return false;
        }

        var input = ActivityInputMapper.Map(activity).Input;
        if (input is TextInput text && Command(activity.TextWithoutBotMention()) is { } command)
        {
            await ListAsync(turnContext, tenantId, command.Name, null, command.Language, cancellationToken);
            return true;
        }

        if (input is TextInput typed && ReminderCommand.IsFollowUp(typed.Text))
        {
            await FormAsync(turnContext, tenantId, ActionPrefill.Empty, null, await userLanguage.OfAsync(activity, ReminderCommand.LanguageOf(typed.Text), cancellationToken), cancellationToken);
            return true;
        }

        if (input is not CardInput card || card.Data.GetValueOrDefault(CardFields.Action) is not { } action)
        {
            return false;
        }

        var data = card.Data;
        var language = data.GetValueOrDefault(ActionCardActions.Language) is { } code ? (code == "en" ? Language.En : Language.Nl) : await userLanguage.OfAsync(activity, null, cancellationToken);
        switch (action)
        {
            case CalendarCardActions.Pick when data.GetValueOrDefault(CalendarCardActions.PickFor) == CalendarCardActions.PickActions:
                await ListAsync(turnContext, tenantId, null, data.GetValueOrDefault(CalendarCardActions.PartnershipId), language, cancellationToken);
                return true;
            case CardActions.FollowUp:
                await FormAsync(turnContext, tenantId, ActionPrefill.Empty, null, language, cancellationToken);
                return true;
            case ActionCardActions.Form:
                var prefill = new ActionPrefill(data.GetValueOrDefault(ActionCardActions.Description) ?? string.Empty, data.GetValueOrDefault(ActionCardActions.Source), data.GetValueOrDefault(ActionCardActions.SourceTitle));
                await FormAsync(turnContext, tenantId, prefill, data.GetValueOrDefault(ActionCardActions.PartnershipId), language, cancellationToken);
                return true;
            case ReminderCardActions.ScheduleFollowUp:
                await recorder.FromOldFollowUpFormAsync(turnContext, tenantId, data, language, cancellationToken);
                return true;
            case ActionCardActions.Create:
                await recorder.CreateAsync(turnContext, tenantId, data, language, cancellationToken);
                return true;
            case ActionCardActions.Done or ActionCardActions.Postpone:
                await recorder.UpdateAsync(turnContext, tenantId, data, action == ActionCardActions.Done, language, cancellationToken);
                return true;
            default:
                return false;
        }
    }

    private async Task ListAsync(TurnContext turn, string tenantId, string? name, string? partnershipId, Language language, CancellationToken ct)
    {
        var lookup = IsPersonal(turn.Activity)
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

        await turn.SendActivityAsync(RoundReplies.Card(await recorder.ListAsync(tenantId, partnership, language, ct)), ct);
    }

    /// <summary>
    /// The form, in the 1:1 chat only: for the named partnership (a role gap's), or for the user themself and
    /// each partnership they consult, to choose from.
    /// </summary>
    private async Task FormAsync(TurnContext turn, string tenantId, ActionPrefill prefill, string? partnershipId, Language language, CancellationToken ct)
    {
        if (!IsPersonal(turn.Activity))
        {
            await RoundReplies.ReplyAsync(turn, ReminderReplies.For(language).OnlyInPersonalChat, ct);
            return;
        }

        var t = ActionTexts.For(language);
        List<ActionScope> scopes;
        if (partnershipId is not null)
        {
            if ((await partnerships.FindAsync(tenantId, turn.Activity.From!, null, partnershipId, ct)).Found is not { } named)
            {
                await RoundReplies.ReplyAsync(turn, CalendarUi.For(language).NoPartnership, ct);
                return;
            }

            scopes = [new ActionScope(named.Id, t.PartnershipScope(named.Name))];
        }
        else
        {
            var mine = await partnerships.ListAsync(tenantId, turn.Activity.From!, ct);
            scopes = [new ActionScope(null, t.PersonalScope), .. mine.Select((p, i) => new ActionScope(p.Id, t.PartnershipScope(Distinct(p, mine, i, language))))];
        }

        var card = ActionCards.Form(prefill, scopes, language, Today().AddDays(1));
        if (RoundReplies.IsInvoke(turn))
        {
            turn.InvokeResponse = InvokeResponse.Card(card);
            return;
        }

        await turn.SendActivityAsync(RoundReplies.Card(card), ct);
    }

    /// <summary>Two partnerships of one name are told apart by since when they exist, as on the choice card.</summary>
    private static string Distinct(Partnership partnership, IReadOnlyList<Partnership> all, int index, Language language) =>
        all.Count(p => string.Equals(p.Name.Trim(), partnership.Name.Trim(), StringComparison.OrdinalIgnoreCase)) < 2
            ? partnership.Name
            : CalendarUi.For(language).ChoiceLabel(index + 1, partnership.Name, DateOnly.FromDateTime(partnership.CreatedAt.UtcDateTime));

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date);

    private static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType is null or "personal";

    private static (string? Name, Language Language)? Command(string text)
    {
        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Language? language = words.Length == 0 ? null : words[0].ToLowerInvariant() switch { "acties" => Language.Nl, "actions" => Language.En, _ => null };
        return language is null ? null : (words.Length > 1 ? string.Join(' ', words.Skip(1)) : null, language.Value);
    }
}
