using Azure.Monitor.OpenTelemetry.AspNetCore;
using Npgsql;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;
using PartnershipBot.Storage;

namespace PartnershipBot.Telemetry;

internal static class TelemetryServiceCollectionExtensions
{
    public const string OtlpEndpointSetting = "OTEL_EXPORTER_OTLP_ENDPOINT";
    public const string AzureMonitorSetting = "APPLICATIONINSIGHTS_CONNECTION_STRING";
    public const string SamplerSetting = "OTEL_TRACES_SAMPLER";
    public const string ServiceName = "partnershipbot";

    /// <summary>
    /// Traces and metrics of the bot, ASP.NET Core, HttpClient and the runtime. Exported over OTLP only
    /// when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and to Azure Monitor only when
    /// <c>APPLICATIONINSIGHTS_CONNECTION_STRING</c> is set; by default nothing leaves the process.
    /// Call after <c>AddBotStorage</c>: it wraps the registered store in a traced one.
    /// </summary>
    public static WebApplicationBuilder AddBotTelemetry(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        services.AddBotMetrics();
        services.AddHostedService<SchedulerSampler>();
        DecorateStorage(services, StorageSystem(builder.Configuration));

        // Spans nobody exports still cost every turn about five Activity objects and their tags (4.5 % of
        // the CPU at c=64, docs/performance.md): without an exporter, or a sampler chosen by the operator
        // (OTEL_TRACES_SAMPLER), none are recorded. Metrics stay on: they are counters, cheap to keep.
        var exporting = !string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting])
            || !string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorSetting])
            || !string.IsNullOrWhiteSpace(builder.Configuration[SamplerSetting]);
        var telemetry = services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(ServiceName))
            .WithTracing(tracing => (exporting ? tracing : tracing.SetSampler(new AlwaysOffSampler()))
                .AddSource(BotTelemetry.SourceName)
                .AddAspNetCoreInstrumentation(o => o.Filter = http => !http.Request.Path.StartsWithSegments("/health", StringComparison.Ordinal))
                .AddHttpClientInstrumentation(o => o.EnrichWithHttpRequestMessage = (span, request) =>
                    span.SetTag("url.full", ConnectorUrlRedaction.Redact(request.RequestUri)))
                // SQL with parameter placeholders only; values never reach a span.
                .AddNpgsql())
            .WithMetrics(metrics => metrics
                .AddMeter(BotTelemetry.MeterName)
                .AddAspNetCoreInstrumentation()
                .AddHttpClientInstrumentation()
                .AddNpgsqlInstrumentation()
                .AddRuntimeInstrumentation());

        if (!string.IsNullOrWhiteSpace(builder.Configuration[OtlpEndpointSetting]))
        {
            // Logs too: they carry ids and event names only, never what a user typed (see the logging rules).
            telemetry.WithLogging().UseOtlpExporter();
        }

        if (!string.IsNullOrWhiteSpace(builder.Configuration[AzureMonitorSetting]))
        {
            telemetry.UseAzureMonitor(o => o.ConnectionString = builder.Configuration[AzureMonitorSetting]);
        }

        return builder;
    }

    private static string StorageSystem(IConfiguration configuration) =>
        string.Equals(configuration["Storage:Provider"], "Postgres", StringComparison.OrdinalIgnoreCase) ? "postgresql" : "sqlite";

    /// <summary>Replaces the last <see cref="IStorage"/> registration with a traced wrapper around it.</summary>
    private static void DecorateStorage(IServiceCollection services, string system)
    {
        var registered = services.LastOrDefault(d => d.ServiceType == typeof(IStorage))
            ?? throw new InvalidOperationException("AddBotTelemetry needs a storage: call AddBotStorage first.");
        services.Remove(registered);
        services.AddSingleton<IStorage>(sp => new TracedStorage(Resolve(sp, registered), system));
    }

    private static IStorage Resolve(IServiceProvider services, ServiceDescriptor descriptor) =>
        (IStorage)(descriptor.ImplementationInstance
            ?? descriptor.ImplementationFactory?.Invoke(services)
            ?? ActivatorUtilities.CreateInstance(services, descriptor.ImplementationType!));
}
