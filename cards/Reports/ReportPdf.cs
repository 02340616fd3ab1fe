using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The report as PDF with PDFsharp: the same model and sentences as the HTML, laid out for A4, fonts embedded,
/// charts as PNG from the same ScottPlot plots. Managed code only, so it runs wherever .NET runs (see
/// docs/reports.md for why not a browser).
/// </summary>
public static class ReportPdf
{
    public const string MediaType = "application/pdf";

    public static byte[] Render(BoardReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        ReportFonts.EnsureRegistered();
        var t = ReportTexts.For(model.Language);
        var round = model.Current;
        using var document = new PdfDocument();
        document.Info.Title = t.DocumentTitle(model.PartnershipName);
        document.Info.Author = "PartnershipBot";
        document.Info.Subject = t.Period(round.StartedOn, round.ClosesOn);
        document.Info.CreationDate = model.Colophon.GeneratedAt.UtcDateTime;
        document.ViewerPreferences.DisplayDocTitle = true;
        var body = PdfFlow.Font(10);
        var small = PdfFlow.Font(9);
        var grey = new XSolidBrush(XColor.FromArgb(74, 74, 74));
        using (var flow = new PdfFlow(document))
        {
            flow.Paragraph(t.DocumentTitle(model.PartnershipName), PdfFlow.Font(20, bold: true), XBrushes.Black);
            flow.Paragraph(t.Period(round.StartedOn, round.ClosesOn), PdfFlow.Font(12), XBrushes.Black);
            flow.Paragraph(t.Release(round.Sequence, round.Final, round.ReleasedAt), body, XBrushes.Black);
            flow.Paragraph(t.Confidential, small, grey);

            var m = model.Method;
            flow.Heading(t.MethodHeading, 14);
            foreach (var text in new[] { t.Participation(round.Participation.Joined, round.Participation.Finished), t.Suppression(m.MinimumGroupSize), t.Items(m.ContextQuestions), t.Scoring(m.ElevatedFrom, m.HighFrom), t.Analyzer(m.ThemeMinimum) })
            {
                flow.Paragraph(text, body, XBrushes.Black);
            }

            flow.Heading(t.StatementsHeading, 12);
            foreach (var list in m.Statements)
            {
                flow.Paragraph(list.RoleLabel, PdfFlow.Font(10, bold: true), XBrushes.Black);
                foreach (var statement in list.Statements)
                {
                    flow.Paragraph("• " + statement, small, XBrushes.Black, indent: 10);
                }
            }

            flow.Heading(t.ResultsHeading, 14);
            flow.Paragraph(t.ResultsCaption, PdfFlow.Font(10, bold: true), XBrushes.Black);
            var pitfallShare = 0.66 / Math.Max(1, round.Pitfalls.Count);
            flow.Table(
                [t.GroupColumn, t.RespondentsColumn, .. round.Pitfalls.Select(p => p.Name)],
                [.. round.Groups.Select(g => (IReadOnlyList<string>)[g.Label, g.CountText, .. g.Cells.Select(c => c.Text)])],
                [0.19, 0.15, .. round.Pitfalls.Select(_ => pitfallShare)],
                small);
            flow.Paragraph(round.ConfidentialityNote, small, grey);
            if (ReportCharts.HasBars(round))
            {
                flow.Image(ReportCharts.GroupedBarsPng(round, t), 1.0);
                flow.Paragraph(t.BarChartCaption, small, grey);
            }

            flow.Heading(t.GapsHeading, 14);
            foreach (var gap in round.Gaps)
            {
                flow.Paragraph(gap.Title + " — " + gap.SizeText, PdfFlow.Font(10, bold: true), XBrushes.Black);
                flow.Paragraph(gap.Meaning, body, XBrushes.Black);
                if (gap.Lesson is { } lesson)
                {
                    flow.Paragraph(t.Lesson(lesson), body, grey);
                }
            }

            if (round.NoGapsText is { } none)
            {
                flow.Paragraph(none, body, XBrushes.Black);
            }

            flow.Heading(t.TrendHeading, 14);
            flow.Paragraph(model.TrendNote, body, XBrushes.Black);
            foreach (var line in model.Trend)
            {
                flow.Paragraph("• " + line.Text, body, XBrushes.Black, indent: 10);
            }

            if (ReportCharts.TrendPng(model.Rounds, t) is { } trend)
            {
                flow.Image(trend, 1.0);
                flow.Paragraph(t.TrendChartCaption, small, grey);
            }

            flow.Heading(t.ThemesHeading, 14);
            flow.Paragraph(round.ThemesNote, body, XBrushes.Black);
            foreach (var theme in round.Themes ?? [])
            {
                flow.Paragraph("• " + theme.Text, body, XBrushes.Black, indent: 10);
            }

            flow.Heading(t.ActionsHeading, 14);
            if (model.Actions.Count == 0)
            {
                flow.Paragraph(model.ActionsNote, body, XBrushes.Black);
            }
            else
            {
                flow.Table(
                    [t.ActionColumn, t.OwnerColumn, t.DueColumn, t.StatusColumn],
                    [.. model.Actions.Select(a => (IReadOnlyList<string>)[a.Description, a.Owner, t.Date(a.Due), a.Status])],
                    [0.46, 0.2, 0.17, 0.17],
                    small);
            }

            flow.Heading(t.ColophonHeading, 12);
            flow.Paragraph(t.Colophon(model.Colophon.GeneratedAt, model.Colophon.Version, model.Colophon.ReleasedAt), small, grey);
        }

        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }
}
