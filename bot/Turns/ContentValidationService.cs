using PartnershipBot.Dialogs.Content;

namespace PartnershipBot.Turns;

/// <summary>Loads the content catalog while the host starts, so invalid content stops the start.</summary>
internal sealed class ContentValidationService(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<ContentCatalog>();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
