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
        // Loading the content, building the advisor's index and training the analyzer's model leave megabytes of
        // garbage behind that the GC would otherwise keep committed; one aggressive collection gives it back at once.
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
