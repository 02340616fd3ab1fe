using System.Globalization;
using PartnershipBot.Cards.Model;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Builders;

/// <summary>
/// One pitfall on the results card: its title with the level in words and the number beside it, so colour is
/// never the only signal; under it a full-width bar coloured by level (every bar has the same scale, which a
/// label beside the bar would break); then every answer that moved the score, strongest first (or why
/// there is no score).
/// </summary>
internal static class RiskBar
{
    public static Container Build(PitfallResult pitfall, CardTexts texts, int evidenceLimit = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(pitfall);
        ArgumentNullException.ThrowIfNull(texts);
        return new Container(
        [
            new ColumnSet(
            [
                new Column([new TextBlock(pitfall.Title) { Weight = TextWeight.Bolder }]) { Width = ColumnWidth.Stretch },
                new Column([new TextBlock(Label(pitfall, texts)) { Wrap = false, Weight = TextWeight.Bolder, Color = TextColor(pitfall.Level) }])
                {
                    Width = ColumnWidth.Auto,
                },
            ]),
            Bar(pitfall) with { Spacing = Spacing.Small },
            .. EvidenceLines.Build(pitfall, texts, evidenceLimit),
        ])
        { Separator = true, Spacing = Spacing.Medium };
    }

    /// <summary>"hoog · 72 van 100"; for an unknown level only the word, since its number means nothing.</summary>
    public static string Label(PitfallResult pitfall, CardTexts texts)
    {
        ArgumentNullException.ThrowIfNull(pitfall);
        ArgumentNullException.ThrowIfNull(texts);
        var risk = Math.Clamp(pitfall.Risk, 0, 100).ToString(CultureInfo.InvariantCulture);
        return pitfall.Level == RiskLevel.Unknown
            ? texts.Risk + ": " + pitfall.LevelLabel
            : texts.Risk + ": " + pitfall.LevelLabel + " · " + risk + " " + texts.OutOf100;
    }

    private static ColumnSet Bar(PitfallResult pitfall)
    {
        var risk = pitfall.Level == RiskLevel.Unknown ? 0 : Math.Clamp(pitfall.Risk, 0, 100);
        List<Column> columns = [];
        if (risk > 0)
        {
            columns.Add(Progress.Segment(risk, ContainerStyle(pitfall.Level)) with { MinHeight = "12px" });
        }

        if (risk < 100)
        {
            columns.Add(Progress.Segment(100 - risk, Model.ContainerStyle.Emphasis) with { MinHeight = "12px" });
        }

        return new ColumnSet(columns);
    }

    private static ContainerStyle ContainerStyle(RiskLevel level) => level switch
    {
        RiskLevel.High => Model.ContainerStyle.Attention,
        RiskLevel.Elevated => Model.ContainerStyle.Warning,
        _ => Model.ContainerStyle.Good,
    };

    private static TextColor? TextColor(RiskLevel level) => level switch
    {
        RiskLevel.High => Model.TextColor.Attention,
        RiskLevel.Elevated => Model.TextColor.Warning,
        RiskLevel.Low => Model.TextColor.Good,
        _ => null,
    };
}
