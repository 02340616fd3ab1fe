using System.Text.Json;
using PartnershipBot.Analysis;

namespace PartnershipBot.Bot.Tests.Analysis;

public sealed class AnalyzeCommandTests
{
    private static async Task<string[]> RunAsync(string input)
    {
        using var reader = new StringReader(input);
        await using var writer = new StringWriter();
        var exit = await AnalyzeCommand.RunAsync(reader, writer, CancellationToken.None);
        Assert.Equal(0, exit);
        return writer.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
    }

    [Fact]
    public async Task RunAsync_OneLinePerInputLine_OneJsonObjectPerLine()
    {
        var lines = await RunAsync("We moesten meteen 10% inleveren.\nGoedemorgen!\n\nEvery council wants to keep doing things its own way.\n");

        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    [Fact]
    public async Task RunAsync_SavingsStatement_WritesPitfallWithScoreAndEvidence()
    {
        var line = (await RunAsync("We moesten meteen 10% inleveren, terwijl de systemen nog niet draaiden."))[0];

        var pitfall = JsonDocument.Parse(line).RootElement.GetProperty("pitfalls")[0];
        Assert.Equal("owner-savings-target", pitfall.GetProperty("id").GetString());
        Assert.InRange(pitfall.GetProperty("score").GetDouble(), 0.5, 1.0);
        Assert.Contains(pitfall.GetProperty("evidence").EnumerateArray(), e => e.GetString()!.Contains("inleveren", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Fijn weekend allemaal!")]
    public async Task RunAsync_EmptyOrSmallTalk_WritesEmptyLists(string text)
    {
        var line = (await RunAsync(text + "\n"))[0];

        Assert.Equal("""{"pitfalls":[],"lessons":[]}""", line);
    }

    [Fact]
    public async Task RunAsync_HealthyPractice_LessonButNoPitfall()
    {
        var line = (await RunAsync("We deliberately booked no savings for the first three years."))[0];

        var root = JsonDocument.Parse(line).RootElement;
        Assert.Equal(0, root.GetProperty("pitfalls").GetArrayLength());
        Assert.Equal("patient-owners-buffer", root.GetProperty("lessons")[0].GetProperty("id").GetString());
    }

    [Fact]
    public async Task RunAsync_DutchEvidence_KeepsAccentsReadable()
    {
        var line = (await RunAsync("Bij ons is couleur locale heilig, daar komt niemand aan."))[0];

        Assert.Contains("couleur locale", line, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_Scores_RoundedToTwoDecimalsAndStrongestFirst()
    {
        var line = (await RunAsync("Door de korting vanaf dag één en de eis om alles lokaal te laten, houdt de directie de schijn op."))[0];

        var scores = JsonDocument.Parse(line).RootElement.GetProperty("pitfalls").EnumerateArray()
            .Select(p => p.GetProperty("score").GetDouble()).ToArray();
        Assert.Equal(3, scores.Length);
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores, s => Assert.Equal(Math.Round(s, 2), s));
    }
}
