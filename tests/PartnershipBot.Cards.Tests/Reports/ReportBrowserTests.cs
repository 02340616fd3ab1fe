using System.Text.Json;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Tests.Reports;

/// <summary>
/// The HTML report opened in headless Debian Chromium (tests/render/report-check.js): no console or page
/// errors, no request outside the file, no axe-core violation of WCAG 2.x level A or AA, the figures visible.
/// Needs node, /usr/bin/chromium and <c>npm ci --prefix tests/render</c>.
/// </summary>
[Trait("Category", "Render")]
[Collection(ReportCollection.Name)]
public sealed class ReportBrowserTests(ReportFixture fixture)
{
    public static TheoryData<Language> Languages => new() { Language.Nl, Language.En };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task ReportHtml_InChromium_NoConsoleErrorsAndNoAxeViolations(Language language)
    {
        var render = Path.Combine(SampleCards.RepositoryRoot(), "tests", "render");
        Assert.True(Directory.Exists(Path.Combine(render, "node_modules", "axe-core")), "Run `npm ci --prefix tests/render` first.");
        var html = Path.Combine(fixture.Directory, "report-" + (language == Language.Nl ? "nl" : "en") + ".html");

        var output = await ReportFixture.RunAsync("node", Path.Combine(render, "report-check.js"), html);

        using var result = JsonDocument.Parse(output);
        var root = result.RootElement;
        Assert.Empty(root.GetProperty("consoleErrors").EnumerateArray().Select(e => e.GetString()));
        Assert.Empty(root.GetProperty("requests").EnumerateArray().Select(e => e.GetString()));
        var violations = root.GetProperty("axe").GetProperty("violations").EnumerateArray().Select(v => v.GetRawText()).ToList();
        Assert.True(violations.Count == 0, string.Join("\n", violations));
        Assert.True(root.GetProperty("axe").GetProperty("passes").GetInt32() > 10);
        var visible = root.GetProperty("visibleText").GetString()!;
        Assert.Contains(language == Language.Nl ? "77 van 100 · hoog" : "77 of 100 · high", visible, StringComparison.Ordinal);
        Assert.True(File.Exists(root.GetProperty("screenshot").GetString()));
    }
}
