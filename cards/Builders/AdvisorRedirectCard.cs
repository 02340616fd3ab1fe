using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>A calm redirect for a question the advisor will not answer, with what the bot can do instead.</summary>
internal static class AdvisorRedirectCard
{
    public static AdaptiveCard Build(AdvisorRedirectOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CardParts.Card(
            CardParts.Fallback(output.Title, output.Text),
            [CardParts.Heading(output.Title), CardParts.Paragraph(output.Text)],
            CardParts.Suggested(output.Actions));
    }
}
