using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnershipBot.Telemetry;

internal static class MetricsServiceCollectionExtensions
{
    /// <summary>
    /// The bot's instruments, for every feature that records on them (hosting, connector, scheduler);
    /// each registers them itself so it also works on its own (tests wire the connector alone).
    /// Recording costs nothing until a listener (the OpenTelemetry meter provider) subscribes.
    /// </summary>
    public static IServiceCollection AddBotMetrics(this IServiceCollection services)
    {
        services.AddMetrics();
        services.TryAddSingleton<BotMetrics>();
        return services;
    }
}
