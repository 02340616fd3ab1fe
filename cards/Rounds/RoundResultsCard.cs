using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Rounds;

/// <summary>
/// The results card. The role × pitfall table is a fact list per group (a real table does not fit a
/// phone): each cell says the mean and its level in words, or why the group is hidden.
/// </summary>
internal static class RoundResultsCard
{
    public static JsonObject Build(RoundResultsView view, RoundCardAudience audience, RoundResultsExtras extras)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(extras);
        var ui = RoundUi.For(view.Language);
        var withFollowUp = audience == RoundCardAudience.Consultant;
        var body = new List<JsonNode> { Heading(view.Title), Text(view.Summary, subtle: true), Text(view.ReleaseNote, subtle: true) };
        if (extras.Figures is { } figures && RoundChart.Build(figures, view) is { } chart)
        {
            body.Add(chart); // the chart with the same means as text beside it; the table below has every cell
        }

        body.Add(Subheading(ui.ResultsHeadingTable));
        foreach (var row in view.Rows)
        {
            body.Add(Subheading(row.Label + " · " + row.CountText));
            if (!row.Suppressed)
            {
                body.Add(Facts(view.PitfallTitles.Zip(row.Cells)));
                if (row.Spread is not null)
                {
                    body.Add(Text(row.Spread, subtle: true));
                }
            }
        }

        body.Add(Subheading(ui.GapsHeading));
        var t = Dialogs.Actions.ActionTexts.For(view.Language);
        foreach (var gap in view.Gaps)
        {
            body.Add(Text(gap.Title + " — " + gap.SizeText));
            body.Add(Text(gap.Explanation, subtle: true));
            if (withFollowUp && extras.PartnershipId is { } partnershipId && gap.Id is { } gapId)
            {
                body.Add(ActionSet(Submit(t.CreateFromGap, new JsonObject
                {
                    ["action"] = Dialogs.Actions.ActionCardActions.Form,
                    [Dialogs.Actions.ActionCardActions.PartnershipId] = partnershipId,
                    [Dialogs.Actions.ActionCardActions.Description] = t.GapDescription(gap.Title),
                    [Dialogs.Actions.ActionCardActions.Source] = $"gap:{view.RoundId}:{gapId}",
                    [Dialogs.Actions.ActionCardActions.SourceTitle] = t.GapSourceTitle(gap.Title),
                    [Dialogs.Actions.ActionCardActions.Language] = view.Language == Dialogs.Conversation.Language.Nl ? "nl" : "en",
                })));
            }
        }

        if (view.NoGapsText is not null)
        {
            body.Add(Text(view.NoGapsText));
        }

        if (withFollowUp && extras.ActionsSince is { } since)
        {
            body.Add(Subheading(t.SinceHeading));
            body.Add(since.Count == 0 ? Text(t.NoneSince) : Text(string.Join("\n", since.OrderBy(a => a.Due).Select(a => "- " + t.Line(a)))));
        }

        body.Add(Subheading(ui.TrendHeading));
        body.Add(Text(view.TrendNote, subtle: true));
        body.AddRange(view.TrendLines.Select(line => Text(line)));
        body.Add(Subheading(ui.ThemesHeading));
        body.Add(Text(view.ThemesNote, subtle: true));
        body.AddRange(view.Themes.Select(theme => Text(theme)));
        body.Add(Text(view.ConfidentialityNote, subtle: true));

        var actions = new List<JsonNode>();
        if (withFollowUp)
        {
            body.Add(Subheading(ui.ScheduleHeading));
            if (!view.IsClosed)
            {
                body.Add(Input("Input.Number", RoundCardActions.Days, ui.DaysLabel, ui.DaysError, extra: new JsonObject { ["min"] = 1, ["max"] = 14, ["value"] = 3 }));
                body.Add(ActionSet(Execute(ui.RemindButton, Data(RoundCardActions.RemindNonRespondents, view.RoundId))));
            }

            body.Add(Input("Input.Number", RoundCardActions.Months, ui.MonthsLabel, ui.MonthsError, extra: new JsonObject { ["min"] = 1, ["max"] = 24, ["value"] = 6 }));
            body.Add(ActionSet(Execute(ui.RecheckButton, Data(RoundCardActions.Recheck, view.RoundId))));
            var share = Data(RoundCardActions.Share, view.RoundId);
            share[RoundCardActions.Sequence] = view.ReleaseSequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
            actions.Add(Execute(ui.ShareButton, share, primary: true));
            if (!view.IsClosed)
            {
                actions.Add(Execute(ui.CloseButton, Data(RoundCardActions.Close, view.RoundId)));
            }
        }

        var fallback = string.Join("\n", new[] { view.Title, view.Summary, view.ReleaseNote }.Concat(view.Gaps.Select(g => g.Title + " — " + g.SizeText)));
        return Card(fallback, body, actions);
    }
}
