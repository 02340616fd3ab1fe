using PartnershipBot.Dialogs.Content;
using PartnershipBot.Health;

namespace PartnershipBot.Turns;

/// <summary>Loads the content catalog while the host starts, so invalid content stops the start.</summary>
internal sealed class ContentValidationService(IServiceProvider services, ContentStatus status) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        status.Loaded(services.GetRequiredService<ContentCatalog>().CurrentBankVersion);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
