namespace PartnershipBot.Analysis;

/// <summary>
/// Adds language and sentiment to what the local analyzer finds. Implementations never throw for a
/// service failure: they return <see cref="TextSignals.None"/> so the turn goes on without them.
/// </summary>
internal interface ITextSignalsProvider
{
    Task<TextSignals> GetSignalsAsync(string text, CancellationToken ct);
}
