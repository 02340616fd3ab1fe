using System.Globalization;
using ScottPlot;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The report's charts with ScottPlot: grouped bars per pitfall by visible role group, and the total's mean
/// per pitfall across rounds. Every bar carries its number, so colour is never the only cue; the same
/// figures stand in the tables beside them. SVG for the HTML, PNG for the PDF.
/// </summary>
internal static class ReportCharts
{
    // Okabe–Ito colours: told apart also with the common colour-vision deficiencies.
    private static readonly Color[] Palette = [Color.FromHex("#0072B2"), Color.FromHex("#E69F00"), Color.FromHex("#009E73"), Color.FromHex("#CC79A7")];

    public const int Width = 720;
    public const int Height = 360;

    public static string GroupedBarsSvg(ReportRound round, ReportTexts texts) => Svg(GroupedBars(round, texts));

    public static byte[] GroupedBarsPng(ReportRound round, ReportTexts texts) => GroupedBars(round, texts).GetImageBytes(Width, Height, ImageFormat.Png);

    public static string? TrendSvg(IReadOnlyList<ReportRound> rounds, ReportTexts texts) => Trend(rounds, texts) is { } plot ? Svg(plot) : null;

    public static byte[]? TrendPng(IReadOnlyList<ReportRound> rounds, ReportTexts texts) => Trend(rounds, texts)?.GetImageBytes(Width, Height, ImageFormat.Png);

    /// <summary>Whether the round has anything to draw: at least one visible role group.</summary>
    public static bool HasBars(ReportRound round) => round.Groups.Any(g => g.Shown && g.RoleId != "all");

    /// <summary>Whether a trend can be drawn: two or more rounds with a visible total.</summary>
    public static bool HasTrend(IReadOnlyList<ReportRound> rounds) => rounds.Count(r => Total(r)?.Shown == true) >= 2;

    private static Plot GroupedBars(ReportRound round, ReportTexts texts)
    {
        ReportFonts.EnsureRegistered();
        var plot = NewPlot(texts);
        var groups = round.Groups.Where(g => g.Shown && g.RoleId != "all").ToList();
        var slot = groups.Count + 1;
        for (var g = 0; g < groups.Count; g++)
        {
            var bars = round.Pitfalls.Select((pitfall, p) => groups[g].Cells[p].Mean is { } mean
                    ? new Bar { Position = (p * slot) + g, Value = mean, FillColor = Palette[g % Palette.Length], Label = mean.ToString(CultureInfo.InvariantCulture) }
                    : null)
                .OfType<Bar>()
                .ToList();
            var series = plot.Add.Bars(bars);
            series.LegendText = groups[g].Label;
            series.ValueLabelStyle.FontSize = 12;
            series.Color = Palette[g % Palette.Length];
        }

        var ticks = round.Pitfalls.Select((p, i) => (Position: (i * slot) + ((groups.Count - 1) / 2.0), Label: p.Name)).ToArray();
        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(ticks.Select(t => t.Position).ToArray(), ticks.Select(t => t.Label).ToArray());
        plot.Axes.SetLimits(-0.75, Math.Max(1, (round.Pitfalls.Count * slot) - 1.25), 0, 105);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static Plot? Trend(IReadOnlyList<ReportRound> rounds, ReportTexts texts)
    {
        if (!HasTrend(rounds))
        {
            return null;
        }

        ReportFonts.EnsureRegistered();
        var plot = NewPlot(texts);
        var pitfalls = rounds[^1].Pitfalls;
        for (var p = 0; p < pitfalls.Count; p++)
        {
            var points = rounds
                .Select(r => (r.Sequence, Mean: Total(r) is { Shown: true } total ? total.Cells.FirstOrDefault(c => c.PitfallId == pitfalls[p].Id)?.Mean : null))
                .Where(x => x.Mean is not null)
                .ToList();
            var line = plot.Add.Scatter(points.Select(x => (double)x.Sequence).ToArray(), points.Select(x => (double)x.Mean!.Value).ToArray());
            line.LegendText = pitfalls[p].Name;
            line.Color = Palette[p % Palette.Length];
            line.LineWidth = 2;
            line.MarkerSize = 8;
            foreach (var (sequence, mean) in points)
            {
                var label = plot.Add.Text(mean!.Value.ToString(CultureInfo.InvariantCulture), sequence, mean.Value + 2);
                label.LabelFontSize = 12;
            }
        }

        plot.Axes.Bottom.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            rounds.Select(r => (double)r.Sequence).ToArray(),
            rounds.Select(r => texts.Date(r.ClosesOn)).ToArray());
        plot.Axes.SetLimits(rounds[0].Sequence - 0.5, rounds[^1].Sequence + 0.5, 0, 105);
        plot.XLabel(texts.RoundAxis);
        plot.ShowLegend(Edge.Bottom);
        return plot;
    }

    private static ReportGroup? Total(ReportRound round) => round.Groups.FirstOrDefault(g => g.RoleId == "all");

    private static Plot NewPlot(ReportTexts texts)
    {
        var plot = new Plot();
        plot.Font.Set(ReportFonts.Family);
        plot.YLabel(texts.RiskAxis);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual([0, 25, 50, 75, 100], ["0", "25", "50", "75", "100"]);
        return plot;
    }

    /// <summary>The SVG without its XML declaration, ready to sit inside HTML.</summary>
    private static string Svg(Plot plot)
    {
        var svg = plot.GetSvgXml(Width, Height);
        var start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start > 0 ? svg[start..] : svg;
    }
}
