using Microsoft.Extensions.Diagnostics.HealthChecks;
using PartnershipBot.Storage;

namespace PartnershipBot.Health;

/// <summary>
/// A real read through <see cref="IStorage"/>, whichever provider is configured: a key nobody writes,
/// so no document cache can answer it and the query reaches the database every time.
/// </summary>
internal sealed partial class StorageHealthCheck(IStorage storage, ILogger<StorageHealthCheck> logger) : IHealthCheck
{
    public const string Name = "storage";

    /// <summary>Never written, so never cached; the separator keeps it out of every real key space.</summary>
    public const string ProbeKey = "health/probe";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await storage.ReadAsync([ProbeKey], cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(logger, exception);
            return HealthCheckResult.Unhealthy("The database did not answer a query.");
        }
    }

    [LoggerMessage(EventId = 7000, Level = LogLevel.Warning, Message = "Readiness: the storage query failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
