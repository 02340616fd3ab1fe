using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// Advice for one pitfall at risk: the lesson from partnerships that worked, why it matters, the next steps
/// for the respondent's role, and the saying where one fits.
/// </summary>
internal static class AdviceCard
{
    public static AdaptiveCard Build(CheckReport report, AdviceView advice)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(advice);
        var texts = CardTexts.For(report.Language);
        var pitfall = report.Pitfalls.FirstOrDefault(p => p.PitfallId == advice.PitfallId);
        var steps = CardParts.Format(texts, texts.WhatYouCanDo, report.RoleLabel);
        List<CardElement> body = [];
        if (pitfall is not null)
        {
            body.Add(CardParts.Subtle(texts.AdviceFor + ": " + pitfall.Title + " (" + RiskBar.Label(pitfall, texts) + ")") with { Spacing = null });
        }

        body.Add(CardParts.Heading(advice.LessonTitle));
        body.Add(CardParts.Paragraph(advice.Why));
        body.Add(CardParts.Subheading(steps));
        body.AddRange(CardParts.Numbered(advice.NextSteps));
        if (advice.Saying is { Length: > 0 } saying)
        {
            body.Add(Saying(saying, texts));
        }

        return CardParts.Card(
            CardParts.Fallback([advice.LessonTitle, advice.Why, steps, .. advice.NextSteps, advice.Saying]),
            body,
            CreateActions(report, advice));
    }

    /// <summary>
    /// "Maak actie" per next step: opens the action form with the step as its description, linked to the
    /// lesson. Submit, not Execute: the form comes as a new card and the advice stays on screen.
    /// </summary>
    private static IReadOnlyList<CardAction> CreateActions(CheckReport report, AdviceView advice)
    {
        var texts = Dialogs.Actions.ActionTexts.For(report.Language);
        var language = report.Language == Dialogs.Conversation.Language.Nl ? "nl" : "en";
        return [.. advice.NextSteps.Select((step, index) => (CardAction)new SubmitAction(texts.CreateFromStep(index + 1), new ActionData(Dialogs.Actions.ActionCardActions.Form)
        {
            ActionDescription = step,
            ActionSource = "lesson:" + advice.LessonId,
            ActionSourceTitle = advice.LessonTitle,
            ActionLanguage = language,
        }))];
    }

    /// <summary>A quiet, neutral box: emphasis is a grey background, not a signal colour.</summary>
    public static Container Saying(string saying, CardTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return new Container([CardParts.Subtle(texts.Saying) with { Spacing = null }, new TextBlock("“" + saying + "”")])
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Medium,
        };
    }
}
