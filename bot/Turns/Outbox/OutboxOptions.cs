using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Turns.Outbox;

/// <summary>How long the instance that saved a turn's replies has to send them before another one may (the <c>Outbox</c> section).</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    /// <summary>
    /// The sending instance's lease. Longer than any real send (the connector's own retries included), or
    /// a slow instance and a retry could both send; shorter means a crashed turn's replies come sooner.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often every instance looks for replies whose lease ran out (a crashed turn that no retry reached).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00")]
    public TimeSpan SweepInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Delivery attempts after which a turn's replies are given up (logged), so one broken conversation cannot loop.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;
}
