using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Calendar;

/// <summary>
/// The consultant's governance calendar in their 1:1 chat: the proposal for the next round, then every
/// moment as an editable date with where its default comes from, a save button and (when a link is given)
/// the iCalendar download.
/// </summary>
public static class CalendarCard
{
    public static JsonObject Build(string partnershipId, string partnershipName, GovernanceCalendar calendar, IReadOnlyList<RoundProposal> proposals, Language language, Uri? downloadLink)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipId);
        ArgumentNullException.ThrowIfNull(calendar);
        ArgumentNullException.ThrowIfNull(proposals);
        var ui = CalendarUi.For(language);
        var title = ui.Title(partnershipName, calendar.Year);
        var body = new List<JsonNode> { Heading(title), Text(ui.Intro, subtle: true), Subheading(ui.ProposalsHeading) };
        foreach (var proposal in proposals)
        {
            body.Add(Text(CalendarTexts.Proposal(proposal, language)));
            var remind = Data(CalendarCardActions.Remind);
            remind[CalendarCardActions.PartnershipId] = partnershipId;
            remind[CalendarCardActions.Year] = calendar.Year.ToString(CultureInfo.InvariantCulture);
            remind[CalendarCardActions.Moment] = proposal.Moment.Kind.ToString();
            remind[CalendarCardActions.Language] = language == Language.Nl ? "nl" : "en";
            body.Add(ActionSet(Execute(ui.RemindButton(proposal.StartOn), remind)));
        }

        if (proposals.Count == 0)
        {
            body.Add(Text(ui.NoProposal));
        }
        body.Add(Subheading(ui.DatesHeading));
        foreach (var moment in calendar.Moments)
        {
            var name = CalendarTexts.Name(moment.Kind, moment.FiscalYear, language);
            var label = moment.IsEdited ? $"{name} ({ui.Edited})" : name;
            body.Add(Input("Input.Date", CalendarCardActions.DateInput(moment.Kind), label, ui.DateError, extra: new JsonObject
            {
                ["value"] = moment.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                ["min"] = $"{calendar.Year:D4}-01-01",
                ["max"] = $"{calendar.Year:D4}-12-31",
            }));
            body.Add(Text(CalendarTexts.Basis(moment.Kind, language), subtle: true));
        }

        var data = new JsonObject
        {
            ["action"] = CalendarCardActions.Save,
            [CalendarCardActions.Language] = language == Language.Nl ? "nl" : "en",
            [CalendarCardActions.PartnershipId] = partnershipId,
            [CalendarCardActions.Year] = calendar.Year.ToString(CultureInfo.InvariantCulture),
        };
        var actions = new List<JsonNode> { Execute(ui.SaveButton, data, primary: true) };
        if (downloadLink is not null)
        {
            actions.Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = ui.DownloadButton, ["url"] = downloadLink.AbsoluteUri });
        }

        var fallback = string.Join("\n", calendar.Moments.Select(m => $"{CalendarTexts.Name(m.Kind, m.FiscalYear, language)}: {CalendarTexts.Date(m.Date, language)}").Prepend(title));
        return Card(fallback, body, actions);
    }
}
