using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>An explicit yes/no before something irreversible (erasing the user's data).</summary>
internal static class ConfirmCard
{
    public static AdaptiveCard Build(ConfirmOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CardParts.Card(
            CardParts.Fallback(output.Title, output.Text),
            [CardParts.Heading(output.Title), CardParts.Paragraph(output.Text)],
            CardParts.Suggested(output.Actions));
    }
}
