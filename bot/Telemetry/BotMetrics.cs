using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace PartnershipBot.Telemetry;

/// <summary>
/// The bot's instruments on its <see cref="BotTelemetry.MeterName"/> meter. The two gauges read the
/// last sample <see cref="SchedulerSampler"/> took from the shared job store, so every instance reports
/// the same figure (aggregate them with max or last, not sum); until a first sample they report nothing.
/// </summary>
internal sealed class BotMetrics
{
    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _connectorFailures;
    private readonly Counter<long> _remindersFired;
    private readonly Counter<long> _remindersFailed;
    private readonly Counter<long> _remindersMisfired;
    private long _backlog = -1;
    private long _openRounds = -1;

    public BotMetrics(IMeterFactory meters)
    {
        ArgumentNullException.ThrowIfNull(meters);
        var meter = meters.Create(BotTelemetry.MeterName);
        _turns = meter.CreateCounter<long>(BotTelemetry.Instruments.Turns, "{turn}", "Turns handled, by activity type and outcome.");
        _turnDuration = meter.CreateHistogram(BotTelemetry.Instruments.TurnDuration, "s", "Time from the start of a turn to its last reply.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _connectorFailures = meter.CreateCounter<long>(BotTelemetry.Instruments.ConnectorFailures, "{call}", "Connector calls that failed after their retries, by operation and status.");
        _remindersFired = meter.CreateCounter<long>(BotTelemetry.Instruments.RemindersFired, "{reminder}", "Reminders delivered, by kind.");
        _remindersFailed = meter.CreateCounter<long>(BotTelemetry.Instruments.RemindersFailed, "{reminder}", "Reminders whose delivery failed, by kind.");
        _remindersMisfired = meter.CreateCounter<long>(BotTelemetry.Instruments.RemindersMisfired, "{trigger}", "Reminder firings that came later than the misfire threshold.");
        meter.CreateObservableGauge(BotTelemetry.Instruments.SchedulerBacklog, () => Sampled(Interlocked.Read(ref _backlog)), "{trigger}", "Reminder triggers already due that have not fired yet.");
        meter.CreateObservableGauge(BotTelemetry.Instruments.OpenRounds, () => Sampled(Interlocked.Read(ref _openRounds)), "{round}", "Partnership rounds not yet closed, in all tenants.");
    }

    public void TurnCompleted(string activityType, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { BotTelemetry.Tags.ActivityType, activityType }, { BotTelemetry.Tags.Outcome, outcome } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalSeconds, tags);
    }

    /// <param name="status">The connector's final HTTP status; null when it never answered (timeouts, refused connections).</param>
    public void ConnectorFailed(string operation, int? status)
    {
        var tags = new TagList { { BotTelemetry.Tags.ConnectorOperation, operation } };
        if (status is { } code)
        {
            tags.Add(BotTelemetry.Tags.HttpStatus, code);
        }
        else
        {
            tags.Add(BotTelemetry.Tags.ErrorType, BotTelemetry.NoAnswer);
        }

        _connectorFailures.Add(1, tags);
    }

    public void ReminderFired(string kind) => _remindersFired.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.ReminderKind, kind));

    public void ReminderFailed(string kind) => _remindersFailed.Add(1, new KeyValuePair<string, object?>(BotTelemetry.Tags.ReminderKind, kind));

    public void ReminderMisfired() => _remindersMisfired.Add(1);

    public void Sample(long backlog, long openRounds)
    {
        Interlocked.Exchange(ref _backlog, backlog);
        Interlocked.Exchange(ref _openRounds, openRounds);
    }

    private static IEnumerable<Measurement<long>> Sampled(long value) =>
        value >= 0 ? [new Measurement<long>(value)] : [];
}
