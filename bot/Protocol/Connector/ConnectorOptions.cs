using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Protocol.Connector;

/// <summary>How patiently outbound connector (and token) calls are retried. Section <c>Connector</c>.</summary>
internal sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Attempts per call, the first one included.</summary>
    [Range(1, 10)]
    public int MaxAttempts { get; set; } = 4;

    /// <summary>
    /// Wall-clock budget for one call including waits; a retry whose wait would overrun it is not made.
    /// Kept well under the time a channel waits for a turn, since replies are sent inside the turn.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan TotalBudget { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>First backoff ceiling; doubles per retry (the wait is random between a tenth of the ceiling and the ceiling).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap of the backoff ceiling.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Longest Retry-After the bot waits out inside a call; a longer one ends the call with a
    /// <see cref="ConnectorException"/> carrying <see cref="ConnectorException.RetryAfter"/>.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan MaxRetryAfter { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Timeout of one attempt (request sent and response read).</summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:05:00", ParseLimitsInInvariantCulture = true, ConvertValueInInvariantCulture = true)]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(15);
}
