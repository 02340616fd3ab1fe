using Microsoft.Extensions.Time.Testing;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnershipBot.Analysis;

namespace PartnershipBot.Bot.Tests.Analysis;

public sealed class AzureLanguageSignalsProviderTests
{
    private const string Secret = "De begroting klopt al jaren niet maar iedereen tekent";
    private readonly CollectingLoggerProvider _logs = new();

    // The deadline runs on a fake clock: it passes only when a test advances it, never because the machine is slow.
    private AzureLanguageSignalsProvider Provider(Uri endpoint, int timeoutSeconds = 5, FakeTimeProvider? clock = null)
    {
        var options = Options.Create(new AzureLanguageOptions { Endpoint = endpoint.ToString(), Key = "test-key", TimeoutSeconds = timeoutSeconds });
        var factory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        return new AzureLanguageSignalsProvider(new HttpClient(), options, factory.CreateLogger<AzureLanguageSignalsProvider>(), clock ?? new FakeTimeProvider());
    }

    [Fact]
    public async Task GetSignalsAsync_DocumentedReplies_LanguageAndSentiment()
    {
        await using var service = await FakeLanguageService.StartAsync((kind, _) =>
            (200, kind == "LanguageDetection" ? AzureLanguageReplies.DutchDetected : AzureLanguageReplies.NegativeSentiment));

        var signals = await Provider(service.BaseAddress).GetSignalsAsync(Secret, CancellationToken.None);

        Assert.Equal(new TextSignals("nl", 0.98, "negative", 0.02, 0.1, 0.88), signals);
    }

    [Fact]
    public async Task GetSignalsAsync_Requests_DocumentedPathVersionKeyAndBody()
    {
        await using var service = await FakeLanguageService.StartAsync((kind, _) =>
            (200, kind == "LanguageDetection" ? AzureLanguageReplies.DutchDetected : AzureLanguageReplies.NegativeSentiment));

        await Provider(service.BaseAddress).GetSignalsAsync(Secret, CancellationToken.None);

        var calls = service.Calls.ToArray();
        Assert.Equal(["LanguageDetection", "SentimentAnalysis"], calls.Select(c => c.Kind));
        Assert.All(calls, c =>
        {
            Assert.Equal("/language/:analyze-text", c.Path);
            Assert.Equal("?api-version=2023-04-01", c.Query);
            Assert.Equal("test-key", c.Key);
            Assert.Equal(Secret, (string?)c.Body["analysisInput"]!["documents"]![0]!["text"]);
            Assert.Equal("1", (string?)c.Body["analysisInput"]!["documents"]![0]!["id"]);
        });
        Assert.Equal("nl", (string?)calls[1].Body["analysisInput"]!["documents"]![0]!["language"]);
    }

    [Theory]
    [InlineData(401)]
    [InlineData(429)]
    [InlineData(500)]
    public async Task GetSignalsAsync_ServiceRefuses_NoSignalsAndTextNotLogged(int status)
    {
        await using var service = await FakeLanguageService.StartAsync((_, _) => (status, AzureLanguageReplies.Unauthorized));

        var signals = await Provider(service.BaseAddress).GetSignalsAsync(Secret, CancellationToken.None);

        Assert.Equal(TextSignals.None, signals);
        Assert.Contains(_logs.Entries, e => e.Id.Id == 2601);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("begroting", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetSignalsAsync_GarbageJson_NoSignals()
    {
        await using var service = await FakeLanguageService.StartAsync((_, _) => (200, "{not json"));

        var signals = await Provider(service.BaseAddress).GetSignalsAsync(Secret, CancellationToken.None);

        Assert.Equal(TextSignals.None, signals);
        Assert.Contains(_logs.Entries, e => e.Id.Id == 2602);
    }

    [Fact]
    public async Task GetSignalsAsync_UnknownLanguageAndDocumentError_DegradesPartly()
    {
        await using var service = await FakeLanguageService.StartAsync((kind, _) =>
            (200, kind == "LanguageDetection" ? AzureLanguageReplies.UnknownLanguage : AzureLanguageReplies.DocumentError));

        var signals = await Provider(service.BaseAddress).GetSignalsAsync(Secret, CancellationToken.None);

        Assert.Equal(TextSignals.None with { LanguageConfidence = 0.0 }, signals);
        Assert.Contains(_logs.Entries, e => e.Id.Id == 2603);
        Assert.Equal("nl", (string?)service.Calls.Last().Body["analysisInput"]!["documents"]![0]!["language"]);
    }

    [Fact]
    public async Task GetSignalsAsync_NothingListening_NoSignals()
    {
        using var nothingListening = new RefusingPort();

        var signals = await Provider(nothingListening.Url).GetSignalsAsync(Secret, CancellationToken.None);

        Assert.Equal(TextSignals.None, signals);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("begroting", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetSignalsAsync_ServiceSilentUntilTheTimeout_NoSignalsAtTheDeadline()
    {
        var never = new TaskCompletionSource();
        await using var service = await FakeLanguageService.StartAsync((_, _) => (200, AzureLanguageReplies.DutchDetected), never.Task);
        var clock = new FakeTimeProvider();

        var pending = Provider(service.BaseAddress, timeoutSeconds: 60, clock).GetSignalsAsync(Secret, CancellationToken.None);
        clock.Advance(TimeSpan.FromSeconds(59.9));
        Assert.False(pending.IsCompleted);
        clock.Advance(TimeSpan.FromSeconds(0.1));

        // Well under the 60 s a deadline on the real clock would take: the guard only stops a hang.
        Assert.Equal(TextSignals.None, await pending.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.Contains(_logs.Entries, e => e.Id.Id == 2602);
        Assert.DoesNotContain(_logs.Entries, e => e.Text.Contains("begroting", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task GetSignalsAsync_CallerCancels_NoSignalsNoThrow()
    {
        await using var service = await FakeLanguageService.StartAsync((_, _) => (200, AzureLanguageReplies.DutchDetected));
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        var signals = await Provider(service.BaseAddress).GetSignalsAsync(Secret, cancelled.Token);

        Assert.Equal(TextSignals.None, signals);
    }

    [Fact]
    public async Task NoTextSignalsProvider_AnyText_None()
    {
        Assert.Equal(TextSignals.None, await new NoTextSignalsProvider().GetSignalsAsync(Secret, CancellationToken.None));
    }
}
