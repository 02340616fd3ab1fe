using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>A short "did not understand" with the few likeliest commands, not the whole list.</summary>
internal static class NotUnderstoodCard
{
    public static AdaptiveCard Build(NotUnderstoodOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CardParts.Card(
            CardParts.Fallback([output.Text, .. output.Suggestions.Select(s => s.Words + ": " + s.Description)]),
            [
                CardParts.Paragraph(output.Text),
                new FactSet([.. output.Suggestions.Select(s => new Fact(s.Words, s.Description))]) { Spacing = Spacing.Small },
            ]);
    }
}
