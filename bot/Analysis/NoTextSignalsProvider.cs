namespace PartnershipBot.Analysis;

/// <summary>The default when no Azure AI Language resource is configured: no extra signals, no network.</summary>
internal sealed class NoTextSignalsProvider : ITextSignalsProvider
{
    public Task<TextSignals> GetSignalsAsync(string text, CancellationToken ct) => Task.FromResult(TextSignals.None);
}
