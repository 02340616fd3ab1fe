using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Protocol.Connector;

/// <summary>Registers the outbound Bot Connector client, its token provider and the trusted serviceUrls.</summary>
internal static class ConnectorServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="IConnectorClient"/> (typed HttpClient), <see cref="IConnectorTokenProvider"/>
    /// chosen by <c>MicrosoftAppType</c>, <see cref="ITrustedServiceUrls"/> and <see cref="ConnectorOptions"/>
    /// (section <c>Connector</c>). Binds the credential and BotFramework settings unless
    /// <c>AddBotAuthentication</c> already did, so it works with or without it.
    /// </summary>
    public static IServiceCollection AddBotConnector(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        // Binding twice would append configured trusted hosts twice; harmless, but keep one binding.
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<BotCredentialsOptions>)))
        {
            services.AddOptions<BotCredentialsOptions>().Bind(configuration);
        }

        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<BotFrameworkOptions>)))
        {
            services.AddOptions<BotFrameworkOptions>().Bind(configuration.GetSection(BotFrameworkOptions.Section)).ValidateDataAnnotations();
        }

        services.AddOptions<BotCredentialsOptions>().ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<BotCredentialsOptions>, OutboundCredentialsValidator>());
        services.AddOptions<BotFrameworkOptions>()
            .Validate(o => IsHttpsOrLoopback(o.LoginEndpoint), "BotFramework:LoginEndpoint must use https (plain http only on loopback): it receives the app secret.")
            .ValidateOnStart();
        services.AddOptions<ConnectorOptions>()
            .Bind(configuration.GetSection(ConnectorOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddBotMetrics();
        services.TryAddSingleton<ITrustedServiceUrls, TrustedServiceUrls>();
        services.TryAddSingleton<ConnectorRetryPolicy>();
        services.TryAddSingleton(CreateTokenProvider);

        // Timeouts are the retry policy's (per attempt and per call), so HttpClient's own 100 s is switched off.
        // The client is captured by singletons (the adapter), so connection recycling lives in the handler
        // (DNS changes still picked up) rather than in the factory's handler rotation. The factory's
        // request loggers are removed: they would log full URLs (conversation ids) and cost every send a
        // scope; ConnectorLog records attempts, retries and failures with the host only.
        services.AddHttpClient(ClientCredentialsTokenProvider.HttpClientName, http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(RecyclingHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        services.AddHttpClient<IConnectorClient, ConnectorClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(RecyclingHandler)
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .RemoveAllLoggers();
        return services;
    }

    private static SocketsHttpHandler RecyclingHandler() => new() { PooledConnectionLifetime = TimeSpan.FromMinutes(5) };

    private static IConnectorTokenProvider CreateTokenProvider(IServiceProvider services)
    {
        var credentials = services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        if (credentials.IsDevelopmentMode)
        {
            return new NoConnectorTokenProvider();
        }

        return credentials.AppType switch
        {
            BotAppType.MultiTenant or BotAppType.SingleTenant => ActivatorUtilities.CreateInstance<ClientCredentialsTokenProvider>(services),
            BotAppType.UserAssignedMsi => ActivatorUtilities.CreateInstance<ManagedIdentityTokenProvider>(services),
            _ => throw new InvalidOperationException("MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI."),
        };
    }

    private static bool IsHttpsOrLoopback(string? address) =>
        Uri.TryCreate(address, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback));
}
