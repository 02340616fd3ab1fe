using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>A closed round's report as PDF, CSV and HTML holds exactly the figures of the round's results card.</summary>
[Collection(ReportCollection.Name)]
public sealed partial class ReportTests(ReportFixture fixture)
{
    public static TheoryData<Language> Languages => new() { Language.Nl, Language.En };

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportPdf_ClosedRound_TextHoldsExactlyTheCardsFigures(Language language)
    {
        var text = Flat(fixture.PdfText[language]);
        var card = Card(language);

        Assert.All(CardCells(card), cell => Assert.Contains(cell, text, StringComparison.Ordinal));
        Assert.All(CardGroupHeadings(card), heading => Assert.All(heading.Split(" · "), part => Assert.Contains(part, text, StringComparison.Ordinal)));
        // Not one figure more or less than the card: every "N van 100" in the PDF is one of the card's.
        Assert.Equal(Figures(string.Join(" ", CardCells(card))), Figures(text));
        Assert.Contains(language == Language.Nl ? "Evaluatierapport ISD Rivierenland" : "Evaluation report ISD Rivierenland", text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportCsv_ClosedRound_HoldsExactlyTheCardsFigures(Language language)
    {
        var rows = fixture.Csv[language].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(Fields).Where(f => f[1] == ReportRounds.Current.Id).ToList();
        var aggregate = ReportRounds.Release.Aggregate;

        Assert.Equal(CardCells(Card(language)).Order(StringComparer.Ordinal), rows.Where(r => r[9] == "true").Select(r => r[15]).Order(StringComparer.Ordinal));
        foreach (var group in aggregate.Groups.Append(aggregate.Total))
        {
            foreach (var pitfall in aggregate.PitfallIds)
            {
                var row = rows.Single(r => r[7] == PartnershipBot.Cards.Reports.BoardReportMapper.RoleId(group.Role) && r[11] == pitfall);
                Assert.Equal(group.Mean(pitfall)?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row[13]);
                Assert.Equal(group.Count?.ToString(CultureInfo.InvariantCulture) ?? string.Empty, row[10]);
            }
        }
    }

    [Fact]
    public void ReportCsv_EarlierRoundWithHiddenGroup_NoCountNoMeanOnlyTheReason()
    {
        var hidden = fixture.Csv[Language.Nl].Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(Fields)
            .Where(f => f[1] == ReportRounds.Previous.Id && f[7] == "contractor").ToList();

        Assert.Equal(3, hidden.Count);
        Assert.All(hidden, f =>
        {
            Assert.Equal("false", f[9]);
            Assert.Equal(string.Empty, f[10]);
            Assert.Equal(string.Empty, f[13]);
            Assert.Equal("nog geen blok van 3 personen", f[15]);
        });
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportPdf_FirstPage_RendersToAPng(Language language)
    {
        var png = new FileInfo(fixture.FirstPagePng[language]);

        Assert.True(png.Exists && png.Length > 10_000, png.FullName);
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(fixture.PdfPath[language]).AsSpan(0, 5)));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void ReportHtml_ClosedRound_SelfContainedWithEveryCardFigureAndBothCharts(Language language)
    {
        var html = fixture.Html[language];

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(ExternalReference(), html);
        Assert.Contains($"<html lang=\"{(language == Language.Nl ? "nl" : "en")}\">", html, StringComparison.Ordinal);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
        Assert.All(CardCells(Card(language)), cell => Assert.Contains(cell, html, StringComparison.Ordinal));
        Assert.Equal(2, Regex.Count(html, "<svg role=\"img\""));
        var gaps = RoundResultsBuilder.Build(ReportRounds.Current, ReportRounds.Release, language).Gaps;
        Assert.NotEmpty(gaps);
        Assert.All(gaps, gap => Assert.Contains(gap.Explanation.Replace("'", "&#39;", StringComparison.Ordinal), html, StringComparison.Ordinal));
    }

    [Fact]
    public void ReportModel_Dutch_MethodLessonsThemesAndColophon()
    {
        var model = fixture.Models[Language.Nl];

        Assert.Equal(13, model.Current.Participation.Joined);
        Assert.Equal(12, model.Current.Participation.Finished);
        // One statement list per group the round shows: owners, clients, management and advisors.
        Assert.Equal(4, model.Method.Statements.Count);
        Assert.All(model.Method.Statements, s => Assert.NotEmpty(s.Statements));
        Assert.Contains(model.Current.Gaps, g => g.Lesson == "Geduldige eigenaren met een financiële buffer");
        Assert.Equal([("contractor-appearance-of-success", 3), ("owner-savings-target", 3)], model.Current.Themes!.Select(t => (t.PitfallId, t.Respondents)));
        Assert.Contains("door PartnershipBot 1.0.0-test", Flat(fixture.PdfText[Language.Nl]), StringComparison.Ordinal);
        // The earlier round's management (one respondent) formed no block and counted nowhere, the total included:
        // the trend compares the owners, the clients and all shown groups.
        Assert.Equal(["all", "client", "owner"], model.Trend.Select(t => t.RoleId).Distinct().Order(StringComparer.Ordinal));
    }

    private static JsonObject Card(Language language) => RoundCards.Results(RoundResultsBuilder.Build(ReportRounds.Current, ReportRounds.Release, language), RoundCardAudience.Channel);

    /// <summary>The table cells of the card: the fact values of every shown group.</summary>
    private static List<string> CardCells(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Where(b => b["type"]?.GetValue<string>() == "FactSet")
            .SelectMany(f => f["facts"]!.AsArray().Select(x => x!["value"]!.GetValue<string>()))];

    private static List<string> CardGroupHeadings(JsonObject card) =>
        [.. card["body"]!.AsArray().OfType<JsonObject>().Select(b => b["text"]?.GetValue<string>()).OfType<string>().Where(t => t.Contains(" · ", StringComparison.Ordinal) && Regex.IsMatch(t, @"\d+ (deelnemers|respondents)$"))];

    private static List<string> Figures(string text) => [.. FigurePattern().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal)];

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private static string[] Fields(string line)
    {
        var fields = new List<string>();
        var current = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted && c == '"' && i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i++; }
            else if (c == '"') { quoted = !quoted; }
            else if (c == ',' && !quoted) { fields.Add(current.ToString()); current.Clear(); }
            else { current.Append(c); }
        }

        fields.Add(current.ToString());
        return [.. fields];
    }

    [GeneratedRegex(@"\b\d{1,3} (van|of) 100 · \p{L}+")]
    private static partial Regex FigurePattern();

    [GeneratedRegex(@"(src|href)=""(https?:)?//", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();
}
