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
                .Select(p => new Fact(p.Title, texts.Level(p.CurrentLevel) + " · " + (entry.Note is null
                    ? ResultsCard.ChangeLine(p, texts)
                    : p.CurrentRisk.ToString(System.Globalization.CultureInfo.InvariantCulture) + " " + texts.OutOf100)))
                .ToList();
            body.Add(CardParts.Subheading(heading) with { Separator = true });
            if (facts.Count > 0)
            {
                body.Add(new FactSet(facts) { Spacing = Spacing.Small });
            }

            if (entry.Note is { Length: > 0 } note)
            {
                body.Add(CardParts.Subtle(note));
            }

            // Reopens the stored result card as it was shown, with its advice (the host reads the snapshot).
            if (entry is { ReopenTitle: { Length: > 0 } reopen, CheckId: { Length: > 0 } checkId })
            {
                body.Add(new ActionSet([new SubmitAction(reopen, new ActionData(CardActions.ReopenResult) { CheckId = checkId })]) { Spacing = Spacing.Small });
            }

            fallback.Add(heading);
        }

        return CardParts.Card(
            CardParts.Fallback(fallback), body);
    }
}
