namespace PartnershipBot.Bot.Tests.Telemetry;

/// <summary>
/// Activity sources are process-wide: a span that another test's tracer provider samples also reaches
/// this provider's processors. Tests that count the spans nobody should record run alone.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class SoloTelemetryCollection
{
    public const string Name = "Telemetry, run alone";
}
