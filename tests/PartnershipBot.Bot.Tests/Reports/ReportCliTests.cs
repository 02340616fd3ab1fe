using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Reports;

namespace PartnershipBot.Bot.Tests.Reports;

/// <summary><c>PartnershipBot report …</c> on the bot's own storage, after the bot has stopped.</summary>
public sealed class ReportCliTests : ReportHostTest
{
    [Theory]
    [InlineData("html", "<!DOCTYPE html>")]
    [InlineData("pdf", "%PDF-")]
    [InlineData("csv", "\uFEFFpartnership,round_id")]
    public async Task Report_ClosedRound_WritesTheFile(string format, string start)
    {
        var round = await ClosedRoundAsync();
        var data = Host.DataDirectory;
        await Host.DisposeAsync();
        Host = await TestBotHost.StartAsync(); // a fresh, empty one for the test's own teardown
        var output = Path.Combine(data, "out");
        var console = new StringWriter();

        var exit = await ReportCli.RunAsync(["report", "--tenant", Activities.Tenant, "--round", round.Id, "--format", format, "--out", output, $"--Storage:DataDirectory={data}", "--urls=http://127.0.0.1:0"], console, default);

        Assert.Equal(0, exit);
        var path = console.ToString().Trim();
        Assert.StartsWith(output, path, StringComparison.Ordinal);
        var bytes = await File.ReadAllBytesAsync(path);
        Assert.StartsWith(start, System.Text.Encoding.UTF8.GetString(bytes), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Report_UnknownRoundOrMissingTenant_ClearAnswerAndNoFile()
    {
        var output = Path.Combine(Host.DataDirectory, "out");
        var console = new StringWriter();

        Assert.Equal(2, await ReportCli.RunAsync(["--round", "x", "--format", "pdf", "--out", output], console, default));
        Assert.Contains("usage: PartnershipBot report --tenant", console.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, await ReportCli.RunAsync(["--tenant", "t", "--round", "nope", "--format", "pdf", "--out", output, $"--Storage:DataDirectory={Host.DataDirectory}-cli", "--urls=http://127.0.0.1:0"], console, default));
        Assert.Contains("No round with that id in that tenant.", console.ToString(), StringComparison.Ordinal);
        Assert.False(Directory.Exists(output));
    }
}
