using System.Globalization;
using System.Text.Json.Nodes;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;
using static PartnershipBot.Cards.Rounds.RoundCardJson;

namespace PartnershipBot.Cards.Rounds;

/// <summary>The round cards: start form, invitation, personal intro, progress, results (table, gaps, trend, follow-up), not-reachable notice.</summary>
public static class RoundCards
{
    public static JsonObject StartForm(Language language, string? name, DateOnly defaultClosingDate)
    {
        var ui = RoundUi.For(language);
        var nameExtra = new JsonObject { ["maxLength"] = 100 };
        if (!string.IsNullOrWhiteSpace(name))
        {
            nameExtra["value"] = name;
        }

        return Card(
            ui.FormTitle,
            [
                Heading(ui.FormTitle),
                Text(ui.FormIntro),
                Input("Input.Text", RoundCardActions.Name, ui.NameLabel, ui.NameError, extra: nameExtra),
                Input("Input.Date", RoundCardActions.ClosingDate, ui.ClosingDateLabel, ui.ClosingDateError, extra: new JsonObject { ["value"] = defaultClosingDate.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }),
                Input("Input.Number", RoundCardActions.MinimumSize, ui.MinimumSizeLabel, ui.MinimumSizeError, extra: new JsonObject { ["min"] = GroupSize.Minimum, ["max"] = GroupSize.Maximum, ["value"] = GroupSize.Default }),
            ],
            [Execute(ui.StartButton, Data(RoundCardActions.Start), primary: true)]);
    }

    public static JsonObject Invitation(Language language, string roundId, string name, string closes, int minimumGroupSize)
    {
        var ui = RoundUi.For(language);
        return Card(
            ui.InvitationTitle(name) + "\n" + ui.InvitationText(closes, minimumGroupSize),
            [Heading(ui.InvitationTitle(name)), Text(ui.InvitationText(closes, minimumGroupSize))],
            [Execute(ui.JoinButton, Data(RoundCardActions.Join, roundId), primary: true)]);
    }

    /// <summary>In the participant's 1:1 chat: what happens with their answers, and the button that starts the engine's quick check.</summary>
    public static JsonObject ParticipantIntro(Language language, string name)
    {
        var ui = RoundUi.For(language);
        return Card(
            ui.IntroText(name),
            [Heading(ui.InvitationTitle(name)), Text(ui.IntroText(name))],
            [Submit(ui.StartCheckButton, Data(CardActions.QuickCheck))]);
    }

    /// <summary>A reminder, in their 1:1 chat, for a member of the round's conversation who never clicked "Doe mee", with an opt-out.</summary>
    public static JsonObject NotJoinedReminder(Language language, string roundId, string name, string closes)
    {
        var ui = RoundUi.For(language);
        return Card(ui.NotJoinedReminder(name, closes), [Text(ui.NotJoinedReminder(name, closes))], [Execute(ui.OptOutButton, Data(RoundCardActions.OptOut, roundId))]);
    }

    public static JsonObject NotReachable(Language language, string who, string name)
    {
        var ui = RoundUi.For(language);
        return Card(ui.NotReachableText(who, name), [Heading(ui.NotReachableTitle), Text(ui.NotReachableText(who, name))]);
    }

    public static JsonObject Results(RoundResultsView view, RoundCardAudience audience, RoundResultsExtras? extras = null) =>
        RoundResultsCard.Build(view, audience, extras ?? RoundResultsExtras.None);

    /// <summary>The consultant's private progress card: counts only, and the actions the release rule allows.</summary>
    public static JsonObject Progress(RoundProgressView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        var ui = RoundUi.For(view.Language);
        var actions = new List<JsonNode>();
        if (view.CanRelease)
        {
            actions.Add(Execute(ui.ReleaseButton, Data(RoundCardActions.Release, view.RoundId), primary: true));
        }

        if (!view.IsClosed)
        {
            actions.Add(Execute(ui.CloseButton, Data(RoundCardActions.Close, view.RoundId)));
        }

        return Card(
            view.Title + "\n" + view.ReleaseText,
            [Heading(view.Title), Text(view.Intro, subtle: true), Facts(view.Facts), Text(view.ReleaseText)],
            actions);
    }
}
