using System.Globalization;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// The answers that drove one pitfall's score, strongest effect first, each with its signed points
/// ("+12", "−8"), so the lines explain the number above them. <paramref name="limit"/> keeps a long full check
/// within the card budget; what is left out is counted, never silently dropped.
/// </summary>
internal static class EvidenceLines
{
    public static IEnumerable<CardElement> Build(PitfallResult pitfall, CardTexts texts, int limit)
    {
        ArgumentNullException.ThrowIfNull(pitfall);
        ArgumentNullException.ThrowIfNull(texts);
        if (pitfall.Level == RiskLevel.Unknown)
        {
            yield return CardParts.Subtle(pitfall.NoScoreReason ?? texts.NoSignal);
            yield break;
        }

        if (pitfall.Evidence.Count == 0)
        {
            yield return CardParts.Subtle(texts.NoSignal);
            yield break;
        }

        yield return CardParts.Subtle(texts.DrivenBy);
        foreach (var evidence in pitfall.Evidence.Take(limit))
        {
            yield return Line(Points(evidence.Contribution), Text(evidence));
        }

        if (pitfall.Evidence.Count > limit)
        {
            yield return CardParts.Subtle(texts.MoreEvidence.Format(("count", pitfall.Evidence.Count - limit)));
        }
    }

    /// <summary>"+12", "−8": the sign says the direction in text, not only a colour.</summary>
    public static string Points(double contribution) =>
        Math.Round(contribution, MidpointRounding.AwayFromZero).ToString("+0;−0;0", CultureInfo.InvariantCulture);

    private static string Text(EvidenceView evidence) =>
        evidence.AnswerLabel.Length == 0 ? evidence.Label : evidence.Label + ": " + evidence.AnswerLabel;

    private static ColumnSet Line(string marker, string text) =>
        new([
            new Column([new TextBlock(marker) { Wrap = false, Size = TextSize.Small }]) { Width = ColumnWidth.Auto },
            new Column([new TextBlock(text) { Size = TextSize.Small }]) { Width = ColumnWidth.Stretch },
        ])
        { Spacing = Spacing.None };
}
