using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>In a shared chat: one line saying why, and the button that opens the user's personal chat.</summary>
internal static class PersonalChatCard
{
    public static AdaptiveCard Build(PersonalChatOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return CardParts.Card(CardParts.Fallback(output.Text), [CardParts.Paragraph(output.Text)], CardParts.Suggested(output.Actions));
    }
}
