using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace PartnershipBot.Health;

/// <summary>The questionnaire content was loaded and validated at start-up.</summary>
internal sealed class ContentHealthCheck(ContentStatus content) : IHealthCheck
{
    public const string Name = "content";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(content.BankVersion is null
            ? HealthCheckResult.Unhealthy("The questionnaire content is not loaded.")
            : HealthCheckResult.Healthy());
}
