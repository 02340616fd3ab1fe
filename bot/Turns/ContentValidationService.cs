using PartnershipBot.Dialogs.Advisor;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Health;

namespace PartnershipBot.Turns;

/// <summary>Loads the content catalog and the advisor's passages while the host starts, so invalid content stops the start.</summary>
internal sealed class ContentValidationService(IServiceProvider services, ContentStatus status) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var catalog = services.GetRequiredService<ContentCatalog>();
        _ = services.GetRequiredService<PartnershipAdvisor>();
        status.Loaded(catalog.CurrentBankVersion);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
