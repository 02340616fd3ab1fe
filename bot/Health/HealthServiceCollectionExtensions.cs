using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace PartnershipBot.Health;

internal static class HealthServiceCollectionExtensions
{
    /// <summary>Checks tagged <see cref="ReadyTag"/> decide whether this instance takes traffic.</summary>
    public const string ReadyTag = "ready";

    // Long enough for a healthy database under load, short enough that a load balancer stops sending
    // turns to an instance whose database went away within seconds.
    private static readonly TimeSpan CheckTimeout = TimeSpan.FromSeconds(3);

    /// <summary>Readiness: a real storage query, the reminder scheduler running, the content loaded.</summary>
    public static IServiceCollection AddBotHealth(this IServiceCollection services)
    {
        services.AddSingleton<ContentStatus>();
        services.AddHealthChecks()
            .AddCheck<StorageHealthCheck>(StorageHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<SchedulerHealthCheck>(SchedulerHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout)
            .AddCheck<ContentHealthCheck>(ContentHealthCheck.Name, tags: [ReadyTag], timeout: CheckTimeout);
        return services;
    }

    /// <summary>
    /// <c>/health/live</c> (the process answers; no check runs), <c>/health/ready</c> (every ready
    /// check), and <c>/health</c> as an alias of ready for scripts written before the split.
    /// </summary>
    public static IEndpointRouteBuilder MapBotHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHealthChecks("/health/live", Options(_ => false));
        endpoints.MapHealthChecks("/health/ready", Options(r => r.Tags.Contains(ReadyTag)));
        endpoints.MapHealthChecks("/health", Options(r => r.Tags.Contains(ReadyTag)));
        return endpoints;
    }

    private static HealthCheckOptions Options(Func<Microsoft.Extensions.Diagnostics.HealthChecks.HealthCheckRegistration, bool> predicate) => new()
    {
        Predicate = predicate,
        ResponseWriter = HealthResponseWriter.WriteAsync,
        // Degraded still serves turns; only Unhealthy takes the instance out of rotation.
        ResultStatusCodes =
        {
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Healthy] = StatusCodes.Status200OK,
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Degraded] = StatusCodes.Status200OK,
            [Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
        },
        AllowCachingResponses = false,
    };
}
