using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>Past checks, newest first: when, which check, which role, and each pitfall's level and change.</summary>
internal static class HistoryCard
{
    public static AdaptiveCard Build(HistoryOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var texts = CardTexts.For(output.Language);
        List<CardElement> body = [CardParts.Heading(output.Title)];
        if (output.Entries.Count == 0 && output.EmptyText is { Length: > 0 } empty)
        {
            body.Add(CardParts.Paragraph(empty));
        }

        List<string?> fallback = [output.Title, output.Entries.Count == 0 ? output.EmptyText : null];
        foreach (var entry in output.Entries)
        {
            var heading = string.Join(" · ", texts.Date(entry.CompletedAt), entry.KindLabel, entry.RoleLabel);
            var facts = entry.Pitfalls
                .Select(p => new Fact(p.Title, texts.Level(p.CurrentLevel) + " · " + ResultsCard.ChangeLine(p, texts)))
                .ToList();
            body.Add(CardParts.Subheading(heading) with { Separator = true });
            if (facts.Count > 0)
            {
                body.Add(new FactSet(facts) { Spacing = Spacing.Small });
            }

            fallback.Add(heading);
        }

        return CardParts.Card(
            CardParts.Fallback(fallback), body);
    }
}
