using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The advisor's answer to a question: what the user's words showed, what to do, why, a first step (for the
/// user's role or one per role), and, in small print, the lesson, pitfall and passage ids it rests on.
/// </summary>
internal static class AdvisorAnswerCard
{
    public static AdaptiveCard Build(AdviceOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        List<CardElement> body = [CardParts.Heading(output.Title)];
        List<string?> fallback = [output.Title];
        if (output.Recognised.Count > 0)
        {
            body.Add(CardParts.Subheading(output.RecognisedLabel));
            foreach (var finding in output.Recognised)
            {
                var words = string.Join(" · ", finding.Phrases.Select(phrase => "“" + phrase + "”"));
                body.Add(CardParts.Paragraph(finding.PitfallTitle + (words.Length > 0 ? ": " + words : "")));
                fallback.Add(finding.PitfallTitle);
            }
        }

        if (output.ModelAnswer is { Length: > 0 } answer)
        {
            // A streamed answer is the message's own text, just above the card.
            if (!output.ModelAnswerAsText)
            {
                body.Add(CardParts.Paragraph(answer) with { Spacing = Spacing.Medium });
                fallback.Add(answer);
            }
        }
        else
        {
            body.Add(CardParts.Subheading(output.WhatToDoLabel));
            body.AddRange(CardParts.Bulleted(output.WhatToDo));
            body.Add(CardParts.Subheading(output.WhyLabel));
            body.Add(CardParts.Paragraph(output.Why));
            body.Add(CardParts.Subheading(output.StepsLabel));
            body.AddRange(output.Steps.Select(step => step.RoleLabel is { } role
                ? CardParts.ListItem(role + ":", step.Text)
                : (CardElement)CardParts.Paragraph(step.Text)));
            fallback.AddRange([output.WhatToDoLabel, .. output.WhatToDo, output.WhyLabel, output.Why, output.StepsLabel, .. output.Steps.Select(s => s.Text)]);
        }

        if (output.Also is { } also)
        {
            body.Add(CardParts.Paragraph(also) with { Spacing = Spacing.Medium });
        }

        body.Add(CardParts.Subtle(output.Basis) with { Spacing = Spacing.Medium, Separator = true });
        body.Add(CardParts.Subtle(output.Closing));
        fallback.AddRange([output.Basis, output.Closing]);
        return CardParts.Card(CardParts.Fallback(fallback), body, CardParts.Suggested(output.Actions));
    }
}
