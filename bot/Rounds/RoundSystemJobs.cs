using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// At start-up, plans again every tenant's retention job if it is missing (a store restored from backup,
/// a job removed by hand): retention is a promise to the people in the rounds, not a user's reminder.
/// </summary>
internal sealed partial class RoundSystemJobs(RoundStore store, IReminderScheduler scheduler, TimeProvider time, ILogger<RoundSystemJobs> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var tenants = await store.TenantsAsync(stoppingToken);
            foreach (var tenantId in tenants.TenantIds)
            {
                await RoundRetention.EnsureScheduledAsync(store, scheduler, tenantId, time.GetUtcNow(), stoppingToken);
            }

            LogPlanned(logger, tenants.TenantIds.Count);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down before the check finished: it runs again at the next start.
        }
    }

    [LoggerMessage(EventId = 5512, Level = LogLevel.Information, Message = "Rounds: retention checked for {Tenants} tenants")]
    private static partial void LogPlanned(ILogger logger, int tenants);
}
