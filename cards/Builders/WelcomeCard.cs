using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>What the bot does, how to start, and privacy in one line.</summary>
internal static class WelcomeCard
{
    public static AdaptiveCard Build(WelcomeOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var texts = CardTexts.For(output.Language);
        return CardParts.Card(
            CardParts.Fallback(output.Title, output.Text, texts.PrivacyLine),
            [
                CardParts.Heading(output.Title),
                CardParts.Paragraph(output.Text),
                CardParts.Subtle(texts.PrivacyLine),
            ],
            CardParts.Suggested(output.Actions));
    }
}
