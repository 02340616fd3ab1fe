using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>For a result without elevated risks: recognition first, then what to keep watching.</summary>
internal static class HealthyCard
{
    public static AdaptiveCard Build(CheckReport report, HealthyView healthy)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(healthy);
        var texts = CardTexts.For(report.Language);
        List<CardElement> body =
        [
            CardParts.Heading("✓ " + texts.HealthyTitle) with { Color = TextColor.Good },
            CardParts.Paragraph(healthy.Recognition),
        ];
        if (healthy.KeepWatching.Count > 0)
        {
            body.Add(CardParts.Subheading(texts.KeepWatching));
            body.AddRange(CardParts.Bulleted(healthy.KeepWatching));
        }

        if (healthy.Saying is { Length: > 0 } saying)
        {
            body.Add(AdviceCard.Saying(saying, texts));
        }

        return CardParts.Card(
            CardParts.Fallback([texts.HealthyTitle, healthy.Recognition, texts.KeepWatching + ":", .. healthy.KeepWatching, healthy.Saying]),
            body);
    }
}
