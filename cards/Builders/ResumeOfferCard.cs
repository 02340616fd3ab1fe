using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Builders;

/// <summary>A paused check: how far it got, and the choice to resume or start again.</summary>
internal static class ResumeOfferCard
{
    public static AdaptiveCard Build(ResumeOfferOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        var texts = CardTexts.For(output.Language);
        var progress = texts.ProgressSoFar.Format(("answered", output.Answered), ("total", output.Total));
        return CardParts.Card(
            CardParts.Fallback(output.Text, progress),
            [
                CardParts.Paragraph(output.Text),
                new Container([CardParts.Subtle(progress), Progress.Bar(output.Answered, output.Total)]),
            ],
            CardParts.Suggested(output.Actions));
    }
}
