using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>What is stored, who sees what, and how to delete it: the domain's paragraphs, one block each.</summary>
internal static class PrivacyCard
{
    public static AdaptiveCard Build(PrivacyOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CardParts.Card(
            CardParts.Fallback([output.Title, .. output.Paragraphs]),
            [CardParts.Heading(output.Title), .. output.Paragraphs.Select(CardElement (p) => CardParts.Paragraph(p) with { Spacing = Spacing.Medium })]);
    }
}
