using System.Diagnostics;
using PartnershipBot.Cards.Reports;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>
/// The report of <see cref="ReportRounds.Current"/> in both languages as HTML, PDF and CSV, written once to
/// tests/render/test-output/reports (git-ignored) with the PDF's text (pdftotext) and page 1 as PNG (pdftoppm).
/// </summary>
public sealed class ReportFixture : IAsyncLifetime
{
    public static readonly ContentCatalog Catalog = ContentCatalog.LoadEmbedded();

    public string Directory { get; } = Path.Combine(SampleCards.RepositoryRoot(), "tests", "render", "test-output", "reports");

    public Dictionary<Language, BoardReportModel> Models { get; } = [];

    public Dictionary<Language, string> Html { get; } = [];

    public Dictionary<Language, string> Csv { get; } = [];

    public Dictionary<Language, string> PdfText { get; } = [];

    public Dictionary<Language, string> PdfPath { get; } = [];

    public Dictionary<Language, string> FirstPagePng { get; } = [];

    public static BoardReportModel Model(Language language) =>
        BoardReportMapper.FromRounds(ReportRounds.Current, [ReportRounds.Previous], Catalog, language, ReportRounds.Generated, "1.0.0-test");

    public async Task InitializeAsync()
    {
        System.IO.Directory.CreateDirectory(Directory);
        foreach (var language in new[] { Language.Nl, Language.En })
        {
            var name = "report-" + (language == Language.Nl ? "nl" : "en");
            var model = Model(language);
            Models[language] = model;
            Html[language] = ReportHtml.Render(model);
            Csv[language] = ReportCsv.Render(model);
            await File.WriteAllTextAsync(Path.Combine(Directory, name + ".html"), Html[language]);
            await File.WriteAllTextAsync(Path.Combine(Directory, name + ".csv"), Csv[language]);
            var pdf = Path.Combine(Directory, name + ".pdf");
            await File.WriteAllBytesAsync(pdf, ReportPdf.Render(model));
            PdfPath[language] = pdf;
            PdfText[language] = await RunAsync("pdftotext", "-enc", "UTF-8", pdf, "-");
            await RunAsync("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", pdf, Path.Combine(Directory, name + "-page1"));
            FirstPagePng[language] = Path.Combine(Directory, name + "-page1.png");
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public static async Task<string> RunAsync(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program} (poppler-utils and chromium: scripts/prerequisites.sh).");
        var stdout = process.StandardOutput.ReadToEndAsync(cts.Token);
        var stderr = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);
        Assert.True(process.ExitCode == 0, $"{program} exited with {process.ExitCode}: {await stderr}");
        return await stdout;
    }
}
