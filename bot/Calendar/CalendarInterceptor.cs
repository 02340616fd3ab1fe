using System.Globalization;
using PartnershipBot.Cards.Calendar;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Teams;
using PartnershipBot.Turns;

namespace PartnershipBot.Calendar;

/// <summary>
/// <c>agenda</c> / <c>calendar</c> and the calendar card's save button, in the consultant's 1:1 chat:
/// shows the partnership's planning &amp; control dates with the next round's proposal, and stores the dates
/// the consultant changes. A date outside the year is refused with a clear answer; the others are kept.
/// </summary>
internal sealed class CalendarInterceptor(ConsultedPartnerships partnerships, CalendarStore store, CalendarLinks links, WorkingDays workingDays, IReminderScheduler scheduler, TimeProvider time, ILogger<CalendarInterceptor> logger) : ITurnInterceptor
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
        if (input is TextInput && CalendarCommand.Parse(activity.TextWithoutBotMention()) is { } command)
        {
            await ShowAsync(turnContext, tenantId, command, null, cancellationToken);
            return true;
        }

        if (input is CardInput pick && pick.Data.GetValueOrDefault(CardFields.Action) == CalendarCardActions.Pick && pick.Data.GetValueOrDefault(CalendarCardActions.PickFor) == CalendarCardActions.PickCalendar)
        {
            var year = int.TryParse(pick.Data.GetValueOrDefault(CalendarCardActions.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) ? y : (int?)null;
            var language = pick.Data.GetValueOrDefault(CalendarCardActions.Language) == "en" ? Language.En : Language.Nl;
            await ShowAsync(turnContext, tenantId, new CalendarCommand(null, year, language), pick.Data.GetValueOrDefault(CalendarCardActions.PartnershipId), cancellationToken);
            return true;
        }

        if (input is CardInput card && card.Data.GetValueOrDefault(CardFields.Action) == CalendarCardActions.Save)
        {
            await SaveAsync(turnContext, tenantId, card.Data, cancellationToken);
            return true;
        }

        if (input is CardInput remind && remind.Data.GetValueOrDefault(CardFields.Action) == CalendarCardActions.Remind)
        {
            await RemindAsync(turnContext, tenantId, remind.Data, cancellationToken);
            return true;
        }

        return false;
    }

    private async Task ShowAsync(TurnContext turn, string tenantId, CalendarCommand command, string? partnershipId, CancellationToken ct)
    {
        var ui = CalendarUi.For(command.Language);
        if (!IsPersonal(turn.Activity))
        {
            await RoundReplies.ReplyAsync(turn, ui.OnlyPersonal, ct);
            return;
        }

        var lookup = await partnerships.FindAsync(tenantId, turn.Activity.From!, command.PartnershipName, partnershipId, ct);
        if (lookup.IsAmbiguous)
        {
            await turn.SendActivityAsync(RoundReplies.Card(PartnershipChoiceCard.Build(CalendarCardActions.PickCalendar, lookup.Choices, command.Language, command.Year)), ct);
            return;
        }

        if (lookup.Found is not { } partnership)
        {
            CalendarLog.Refused(logger);
            await RoundReplies.ReplyAsync(turn, ui.NoPartnership, ct);
            return;
        }

        var year = command.Year ?? Today().Year;
        var document = await store.GetAsync(tenantId, partnership, ct);
        CalendarLog.Shown(logger);
        await turn.SendActivityAsync(RoundReplies.Card(Card(turn, tenantId, partnership, document, year, command.Language)), ct);
    }

    private async Task SaveAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var language = data.GetValueOrDefault(CalendarCardActions.Language) == "en" ? Language.En : Language.Nl;
        var ui = CalendarUi.For(language);
        var year = int.TryParse(data.GetValueOrDefault(CalendarCardActions.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : Today().Year;
        if (!IsPersonal(turn.Activity) || await FromCardAsync(turn, tenantId, data, ct) is not { } partnership)
        {
            CalendarLog.Refused(logger);
            await RoundReplies.ReplyAsync(turn, ui.NoPartnership, ct);
            return;
        }

        var rejected = new List<string>();
        var changed = 0;
        var saved = await store.UpdateAsync(tenantId, partnership, document =>
        {
            rejected.Clear();
            changed = 0;
            var shown = GovernanceCalendar.For(year, document.EditsFor(year), workingDays);
            var edits = new Dictionary<PlanningMoment, DateOnly>(document.EditsFor(year));
            foreach (var moment in shown.Moments)
            {
                if (data.GetValueOrDefault(CalendarCardActions.DateInput(moment.Kind)) is not { } value)
                {
                    continue;
                }

                if (!DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) || date.Year != year)
                {
                    rejected.Add(CalendarTexts.Name(moment.Kind, moment.FiscalYear, language));
                }
                else if (date != moment.Date)
                {
                    edits[moment.Kind] = date;
                    changed++;
                }
            }

            return document.WithEdits(year, edits);
        }, ct);
        CalendarLog.Saved(logger, changed, rejected.Count);

        var message = string.Join(" ", rejected.Select(r => ui.Rejected(r, year)).Prepend(ui.Saved(changed)));
        var card = Card(turn, tenantId, partnership, saved, year, language);
        if (RoundReplies.IsInvoke(turn))
        {
            // Action.Execute: the card is refreshed in place, the sentence says what happened.
            await turn.SendActivityAsync(RoundReplies.Text(message), ct);
            turn.InvokeResponse = InvokeResponse.Card(card);
            return;
        }

        await turn.SendActivityAsync(RoundReplies.Text(message), ct);
        await turn.SendActivityAsync(RoundReplies.Card(card), ct);
    }

    /// <summary>A reminder to the consultant, at 09:00 on the day the proposed round should start (a working day).</summary>
    private async Task RemindAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var language = data.GetValueOrDefault(CalendarCardActions.Language) == "en" ? Language.En : Language.Nl;
        var ui = CalendarUi.For(language);
        if (!IsPersonal(turn.Activity) || await FromCardAsync(turn, tenantId, data, ct) is not { } partnership)
        {
            CalendarLog.Refused(logger);
            await RoundReplies.ReplyAsync(turn, ui.NoPartnership, ct);
            return;
        }

        var name = partnership.Name;
        var year = int.TryParse(data.GetValueOrDefault(CalendarCardActions.Year), NumberStyles.None, CultureInfo.InvariantCulture, out var y) && y is >= 2000 and <= 2100 ? y : Today().Year;
        var document = await store.GetAsync(tenantId, partnership, ct);
        var calendar = GovernanceCalendar.For(year, document.EditsFor(year), workingDays);
        var proposal = Enum.TryParse<PlanningMoment>(data.GetValueOrDefault(CalendarCardActions.Moment), out var kind)
            ? RoundPlanner.Propose(calendar, Today(), workingDays).FirstOrDefault(p => p.Moment.Kind == kind)
            : null;
        if (proposal is null)
        {
            await RoundReplies.ReplyAsync(turn, ui.NoLongerProposed, ct);
            return;
        }

        var payload = new CalendarReminderPayload(RoundReplies.ReferenceOf(turn.Activity), name, year, proposal.Moment.Kind, language == Language.En ? "en" : "nl", partnership.Id);
        var local = proposal.StartOn.ToDateTime(new TimeOnly(9, 0));
        var due = new DateTimeOffset(local, Amsterdam.GetUtcOffset(local)).ToUniversalTime();
        await scheduler.ScheduleAsync(new ReminderSpec(
            tenantId,
            turn.Activity.From!.Id!,
            CalendarReminderPayload.Kind,
            $"calendar:{partnership.Id}:{year}:{proposal.Moment.Kind}",
            System.Text.Json.JsonSerializer.Serialize(payload, new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web)),
            due,
            null,
            ui.RemindDescription(name, proposal.Moment.Kind, proposal.Moment.FiscalYear)), ct);
        CalendarLog.ReminderScheduled(logger);
        await RoundReplies.ReplyAsync(turn, ui.RemindScheduled(proposal.StartOn), ct);
    }

    private System.Text.Json.Nodes.JsonObject Card(TurnContext turn, string tenantId, Partnership partnership, CalendarDocument document, int year, Language language)
    {
        var calendar = GovernanceCalendar.For(year, document.EditsFor(year), workingDays);
        var proposals = RoundPlanner.Propose(calendar, Today(), workingDays);
        return CalendarCard.Build(partnership.Id, partnership.Name, calendar, proposals, language, links.IcsLink(turn, tenantId, partnership.Id, year, language));
    }

    /// <summary>
    /// The partnership a card's button names: by id, or on a card sent before ids by name, which counts only
    /// when it is unambiguous among the user's partnerships.
    /// </summary>
    private async Task<Partnership?> FromCardAsync(TurnContext turn, string tenantId, IReadOnlyDictionary<string, string> data, CancellationToken ct)
    {
        var id = data.GetValueOrDefault(CalendarCardActions.PartnershipId);
        var name = id is null ? data.GetValueOrDefault(CalendarCardActions.Partnership) : null;
        return id is null && name is null ? null : (await partnerships.FindAsync(tenantId, turn.Activity.From!, name, id, ct)).Found;
    }

    private DateOnly Today() => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Amsterdam).Date);

    private static bool IsPersonal(Activity activity) => activity.Conversation?.ConversationType is null or "personal";
}
