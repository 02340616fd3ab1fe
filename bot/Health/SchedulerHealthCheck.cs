using Microsoft.Extensions.Diagnostics.HealthChecks;
using Quartz;

namespace PartnershipBot.Health;

/// <summary>Reminders only fire from a scheduler that is running: started, not in standby, not shutting down.</summary>
internal sealed class SchedulerHealthCheck(ISchedulerFactory schedulers) : IHealthCheck
{
    public const string Name = "scheduler";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        return await scheduler.GetStatus(cancellationToken) switch
        {
            SchedulerStatus.Running => HealthCheckResult.Healthy(),
            SchedulerStatus.Created => HealthCheckResult.Unhealthy("The reminder scheduler has not started."),
            SchedulerStatus.Standby => HealthCheckResult.Unhealthy("The reminder scheduler is in standby."),
            SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown => HealthCheckResult.Unhealthy("The reminder scheduler is shut down."),
            _ => HealthCheckResult.Unhealthy("The reminder scheduler's state is unknown."),
        };
    }
}
