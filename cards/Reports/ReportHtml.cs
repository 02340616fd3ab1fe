using System.Globalization;
using System.Text;

namespace PartnershipBot.Cards.Reports;

/// <summary>
/// The report as one self-contained HTML file: inline style and SVG charts, no script, no outside request,
/// so it opens offline, passes a strict content security policy and prints cleanly (print stylesheet: A4,
/// no page break inside a table or figure). Tables carry every figure as text; charts repeat them.
/// </summary>
public static partial class ReportHtml
{
    public static string Render(BoardReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var t = ReportTexts.For(model.Language);
        var round = model.Current;
        var html = new StringBuilder(64 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(t.HtmlLanguage).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(t.DocumentTitle(model.PartnershipName))).Append("</title>\n<style>").Append(ReportStyle.Css).Append("</style>\n</head>\n<body>\n<main>\n");

        html.Append("<header>\n<h1>").Append(E(t.DocumentTitle(model.PartnershipName))).Append("</h1>\n")
            .Append("<p class=\"lead\">").Append(E(t.Period(round.StartedOn, round.ClosesOn))).Append("</p>\n")
            .Append("<p>").Append(E(t.Release(round.Sequence, round.Final, round.ReleasedAt))).Append("</p>\n")
            .Append("<p class=\"note\">").Append(E(t.Confidential)).Append("</p>\n</header>\n");

        Method(html, model, t);
        Results(html, round, t);
        Gaps(html, round, t);
        Trend(html, model, t);
        Themes(html, round, t);
        Actions(html, model, t);

        html.Append("<footer>\n<h2>").Append(E(t.ColophonHeading)).Append("</h2>\n<p>")
            .Append(E(t.Colophon(model.Colophon.GeneratedAt, model.Colophon.Version, model.Colophon.ReleasedAt))).Append("</p>\n</footer>\n");
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Method(StringBuilder html, BoardReportModel model, ReportTexts t)
    {
        var m = model.Method;
        html.Append("<section aria-labelledby=\"method\">\n<h2 id=\"method\">").Append(E(t.MethodHeading)).Append("</h2>\n")
            .Append("<p>").Append(E(t.Participation(model.Current.Participation.Joined, model.Current.Participation.Finished))).Append("</p>\n")
            .Append("<p>").Append(E(t.Suppression(m.MinimumGroupSize))).Append("</p>\n")
            .Append("<p>").Append(E(t.Items(m.ContextQuestions))).Append("</p>\n")
            .Append("<p>").Append(E(t.Scoring(m.ElevatedFrom, m.HighFrom))).Append("</p>\n")
            .Append("<p>").Append(E(t.Analyzer(m.ThemeMinimum))).Append("</p>\n")
            .Append("<h3>").Append(E(t.StatementsHeading)).Append("</h3>\n");
        foreach (var list in m.Statements)
        {
            html.Append("<h4>").Append(E(list.RoleLabel)).Append("</h4>\n<ul>\n");
            foreach (var statement in list.Statements)
            {
                html.Append("<li>").Append(E(statement)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void Results(StringBuilder html, ReportRound round, ReportTexts t)
    {
        html.Append("<section aria-labelledby=\"results\">\n<h2 id=\"results\">").Append(E(t.ResultsHeading)).Append("</h2>\n")
            .Append("<table>\n<caption>").Append(E(t.ResultsCaption)).Append("</caption>\n<thead>\n<tr><th scope=\"col\">").Append(E(t.GroupColumn))
            .Append("</th><th scope=\"col\">").Append(E(t.RespondentsColumn)).Append("</th>");
        foreach (var pitfall in round.Pitfalls)
        {
            html.Append("<th scope=\"col\">").Append(E(pitfall.Name)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var group in round.Groups)
        {
            html.Append("<tr><th scope=\"row\">").Append(E(group.Label)).Append("</th><td>").Append(E(group.CountText)).Append("</td>");
            foreach (var cell in group.Cells)
            {
                html.Append(group.Shown ? "<td>" : "<td class=\"hidden\">").Append(E(cell.Text)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n<p class=\"note\">").Append(E(round.ConfidentialityNote)).Append("</p>\n");
        if (ReportCharts.HasBars(round))
        {
            Figure(html, "fig-bars", ReportCharts.GroupedBarsSvg(round, t), t.BarChartLabel, t.BarChartCaption);
        }

        html.Append("</section>\n");
    }

    private static void Gaps(StringBuilder html, ReportRound round, ReportTexts t)
    {
        html.Append("<section aria-labelledby=\"gaps\">\n<h2 id=\"gaps\">").Append(E(t.GapsHeading)).Append("</h2>\n");
        foreach (var gap in round.Gaps)
        {
            html.Append("<article class=\"gap\">\n<h3>").Append(E(gap.Title)).Append(" — ").Append(E(gap.SizeText)).Append("</h3>\n<p>").Append(E(gap.Meaning)).Append("</p>\n");
            if (gap.Lesson is { } lesson)
            {
                html.Append("<p class=\"lesson\">").Append(E(t.Lesson(lesson))).Append("</p>\n");
            }

            html.Append("</article>\n");
        }

        if (round.NoGapsText is { } none)
        {
            html.Append("<p>").Append(E(none)).Append("</p>\n");
        }

        html.Append("</section>\n");
    }

    private static void Trend(StringBuilder html, BoardReportModel model, ReportTexts t)
    {
        html.Append("<section aria-labelledby=\"trend\">\n<h2 id=\"trend\">").Append(E(t.TrendHeading)).Append("</h2>\n<p>").Append(E(model.TrendNote)).Append("</p>\n");
        if (model.Trend.Count > 0)
        {
            html.Append("<ul>\n");
            foreach (var line in model.Trend)
            {
                html.Append("<li>").Append(E(line.Text)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        if (ReportCharts.TrendSvg(model.Rounds, t) is { } svg)
        {
            Figure(html, "fig-trend", svg, t.TrendChartLabel, t.TrendChartCaption);
        }

        html.Append("</section>\n");
    }

    private static void Themes(StringBuilder html, ReportRound round, ReportTexts t)
    {
        html.Append("<section aria-labelledby=\"themes\">\n<h2 id=\"themes\">").Append(E(t.ThemesHeading)).Append("</h2>\n<p>").Append(E(round.ThemesNote)).Append("</p>\n");
        if (round.Themes is { Count: > 0 } themes)
        {
            html.Append("<ul>\n");
            foreach (var theme in themes)
            {
                html.Append("<li>").Append(E(theme.Text)).Append("</li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    private static void Actions(StringBuilder html, BoardReportModel model, ReportTexts t)
    {
        html.Append("<section aria-labelledby=\"actions\">\n<h2 id=\"actions\">").Append(E(t.ActionsHeading)).Append("</h2>\n");
        if (model.Actions.Count == 0)
        {
            html.Append("<p>").Append(E(model.ActionsNote)).Append("</p>\n</section>\n");
            return;
        }

        html.Append("<table>\n<thead><tr><th scope=\"col\">").Append(E(t.ActionColumn)).Append("</th><th scope=\"col\">").Append(E(t.OwnerColumn))
            .Append("</th><th scope=\"col\">").Append(E(t.DueColumn)).Append("</th><th scope=\"col\">").Append(E(t.StatusColumn)).Append("</th></tr></thead>\n<tbody>\n");
        foreach (var action in model.Actions)
        {
            html.Append("<tr><td>").Append(E(action.Description)).Append("</td><td>").Append(E(action.Owner)).Append("</td><td>")
                .Append(E(t.Date(action.Due))).Append("</td><td>").Append(E(action.Status)).Append("</td></tr>\n");
        }

        html.Append("</tbody>\n</table>\n</section>\n");
    }

    /// <summary>A chart as an image with a name; its clip-path ids get a prefix so two charts never share an id.</summary>
    private static void Figure(StringBuilder html, string id, string svg, string label, string caption)
    {
        // ScottPlot lists glyph positions with a trailing ", ", which browsers report as an attribute error.
        var clean = TrailingSeparator().Replace(svg, "\"");
        var scoped = clean.Replace("id=\"", $"id=\"{id}-", StringComparison.Ordinal).Replace("url(#", $"url(#{id}-", StringComparison.Ordinal);
        var named = scoped.Replace("<svg ", $"<svg role=\"img\" aria-label=\"{E(label)}\" preserveAspectRatio=\"xMidYMid meet\" viewBox=\"0 0 {ReportCharts.Width.ToString(CultureInfo.InvariantCulture)} {ReportCharts.Height.ToString(CultureInfo.InvariantCulture)}\" ", StringComparison.Ordinal);
        html.Append("<figure id=\"").Append(id).Append("\">\n").Append(named).Append("\n<figcaption>").Append(E(caption)).Append("</figcaption>\n</figure>\n");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@",\s*""")]
    private static partial System.Text.RegularExpressions.Regex TrailingSeparator();

    private static string E(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal)
        .Replace("\"", "&quot;", StringComparison.Ordinal)
        .Replace("'", "&#39;", StringComparison.Ordinal);
}
