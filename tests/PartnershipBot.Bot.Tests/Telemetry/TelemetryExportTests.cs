using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Telemetry;

/// <summary>Export is opt-in: with OTEL_EXPORTER_OTLP_ENDPOINT set, traces and metrics reach a loopback collector over OTLP/HTTP.</summary>
public sealed class TelemetryExportTests
{
    [Fact]
    public async Task OtlpEndpointSet_TracesAndMetricsArriveAtTheCollector()
    {
        await using var collector = await RecordingConnector.StartAsync(_ => new ScriptedResponse(200));
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(settings: new Dictionary<string, string?>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = collector.ServiceUrl.TrimEnd('/'),
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
        });

        using var response = await host.PostActivityAsync(Activities.Message("help", serviceUrl: connector.ServiceUrl));
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.True(host.Services.GetRequiredService<MeterProvider>().ForceFlush(10_000));

        var paths = collector.Requests.Select(r => r.RawTarget).ToList();
        Assert.Contains("/v1/traces", paths);
        Assert.Contains("/v1/metrics", paths);
        Assert.All(collector.Requests, r => Assert.Equal("application/x-protobuf", r.ContentType));
    }
}
