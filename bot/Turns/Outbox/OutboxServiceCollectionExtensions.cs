using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns.Outbox;

internal static class OutboxServiceCollectionExtensions
{
    /// <summary>Turns' replies kept with their state until sent: the outbox, its batched acknowledgement and its sweeper.</summary>
    public static IServiceCollection AddReplyOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>()
            .BindConfiguration(OutboxOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<OutboxAcknowledger>();
        services.AddHostedService(sp => sp.GetRequiredService<OutboxAcknowledger>());
        services.AddSingleton<ReplyOutbox>();
        services.AddSingleton<IRetriedActivityHandler, OutboxRetryHandler>();
        services.AddHostedService<OutboxSweeper>();
        return services;
    }
}
