namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// How a retried exchange ended: with a response the caller must interpret (success, a non-retryable
/// status, or the last retryable one when the budget ran out), or with the last transport failure.
/// </summary>
internal sealed record RetryOutcome(HttpResponseMessage? Response, Exception? Failure, TimeSpan? RetryAfter);
