using System.Diagnostics;
using System.Text.Json;
using PartnershipBot.Cards.Samples;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Runs tests/render/render.js once for the render tests: writes the samples with the same code as
/// <c>cards --out DIR</c>, renders them in headless Chromium and keeps the report. Screenshots land in
/// tests/render/test-output (git-ignored).
/// </summary>
public sealed class RenderFixture : IAsyncLifetime
{
    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(5);
    private RenderReport? _report;

    public RenderReport Report => _report ?? throw new InvalidOperationException("The render run has not happened.");

    public async Task InitializeAsync()
    {
        var renderDirectory = Path.Combine(SampleCards.RepositoryRoot(), "tests", "render");
        Assert.True(
            Directory.Exists(Path.Combine(renderDirectory, "node_modules", "adaptivecards"))
            && Directory.Exists(Path.Combine(renderDirectory, "node_modules", "playwright-core")),
            "The render test needs its node packages: run `npm ci --prefix tests/render` (and `apt-get install -y chromium`).");
        var samples = Path.Combine(Path.GetTempPath(), "partnershipbot-card-samples-" + Guid.NewGuid().ToString("N"));
        using var cts = new CancellationTokenSource(Timeout);
        try
        {
            await CardSampleWriter.WriteAllAsync(samples, cts.Token);
            var (exitCode, stdout, stderr) = await RunNodeAsync(renderDirectory, samples, cts.Token);
            Assert.True(exitCode == 0, "render.js exited with " + exitCode + ":\n" + stderr);
            _report = JsonSerializer.Deserialize<RenderReport>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web));
        }
        finally
        {
            Directory.Delete(samples, recursive: true);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunNodeAsync(string renderDirectory, string samples, CancellationToken ct)
    {
        var start = new ProcessStartInfo("node")
        {
            WorkingDirectory = renderDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList = { Path.Combine(renderDirectory, "render.js"), samples, "--out", Path.Combine(renderDirectory, "test-output") },
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        try
        {
            await process.WaitForExitAsync(ct);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What render.js prints on stdout.</summary>
public sealed record RenderReport(string Renderer, IReadOnlyList<RenderedSample> Samples);

/// <summary>One card's render result: problems found, the text a reader sees, the screenshot path.</summary>
public sealed record RenderedSample(string Name, bool Ok, IReadOnlyList<string> Problems, string VisibleText, string Screenshot);
