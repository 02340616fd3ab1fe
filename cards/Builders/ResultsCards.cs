using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>A report becomes several messages: the overview, then the advice (or the healthy-result card).</summary>
internal static class ResultsCards
{
    public static IReadOnlyList<AdaptiveCard> Build(CheckReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        List<AdaptiveCard> cards = [ResultsCard.Build(report)];
        cards.AddRange(report.Advice.Select(advice => AdviceCard.Build(report, advice)));
        if (report.Healthy is { } healthy && report.Advice.Count == 0)
        {
            cards.Add(HealthyCard.Build(report, healthy));
        }

        return cards;
    }
}
