using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Telemetry;

/// <summary>Without an exporter or an operator's sampler no span is recorded (they would cost every turn for nothing).</summary>
[Collection(SoloTelemetryCollection.Name)]
public sealed class TelemetrySamplingTests
{
    [Fact]
    public async Task Turn_NoExporterConfigured_RecordsNoSpanButStillAnswers()
    {
        var spans = new List<Activity>();
        await using var connector = await RecordingConnector.StartAsync();
        // A processor that is not an exporter setting: the bot's own sampling decides what it sees.
        await using var host = await TestBotHost.StartAsync(configure: b =>
            b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));

        using var response = await host.PostActivityAsync(Activities.Message("help", serviceUrl: connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode);
        Assert.NotEmpty(connector.Requests);
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.Empty(spans);
    }

    [Fact]
    public async Task Turn_OperatorChoseASampler_SpansAreRecorded()
    {
        var spans = new List<Activity>();
        await using var connector = await RecordingConnector.StartAsync();
        await using var host = await TestBotHost.StartAsync(
            settings: new Dictionary<string, string?> { ["OTEL_TRACES_SAMPLER"] = "always_on" },
            configure: b => b.Services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(spans)));

        using var response = await host.PostActivityAsync(Activities.Message("help", serviceUrl: connector.ServiceUrl));

        Assert.True(response.IsSuccessStatusCode);
        Assert.True(host.Services.GetRequiredService<TracerProvider>().ForceFlush(10_000));
        Assert.Contains(spans, span => span.OperationName == PartnershipBot.Telemetry.BotTelemetry.Spans.Turn);
    }
}
