using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// A first read of a situation the user described: per recognised pitfall its title and meaning,
/// the user's own words that showed it, and the lesson that helps; then the offer of a quick check.
/// </summary>
internal static class SituationCard
{
    public static AdaptiveCard Build(SituationOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        List<CardElement> body = [CardParts.Heading(output.Title), CardParts.Paragraph(output.Intro)];
        List<string?> fallback = [output.Title, output.Intro];
        foreach (var finding in output.Findings)
        {
            var words = string.Join(" · ", finding.Phrases.Select(phrase => "“" + phrase + "”"));
            var helps = output.WhatHelpsLabel + ": " + finding.LessonTitle;
            body.Add(CardParts.Subheading(finding.Title) with { Separator = true });
            body.Add(CardParts.Paragraph(finding.Description));
            if (words.Length > 0)
            {
                // A kept copy of the card (the outbox) has no phrases: it says nothing about the words then.
                body.Add(CardParts.Subtle(output.YourWordsLabel + ": " + words));
            }

            body.Add(new TextBlock(helps) { Weight = TextWeight.Bolder, Spacing = Spacing.Small });
            body.Add(CardParts.Paragraph(finding.LessonText));
            fallback.AddRange(words.Length > 0 ? [finding.Title, words, helps] : [finding.Title, helps]);
        }

        body.Add(CardParts.Subtle(output.Closing) with { Spacing = Spacing.Medium });
        fallback.Add(output.Closing);
        return CardParts.Card(CardParts.Fallback(fallback), body, CardParts.Suggested(output.Actions));
    }
}
