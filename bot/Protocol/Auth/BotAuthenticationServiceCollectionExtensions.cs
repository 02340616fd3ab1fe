using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PartnershipBot.Protocol.Auth;

/// <summary>Registers inbound Bot Framework authentication and its settings.</summary>
internal static class BotAuthenticationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="BotCredentialsOptions"/> from the configuration root (so <c>MicrosoftAppId</c> works
    /// as an environment variable) and <see cref="BotFrameworkOptions"/> from <c>BotFramework</c>, validated
    /// at start-up, and registers <see cref="IBotAuthenticator"/> as a singleton so signing keys are cached.
    /// </summary>
    public static IServiceCollection AddBotAuthentication(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);

        services.AddOptions<BotCredentialsOptions>()
            .Bind(configuration)
            .ValidateDataAnnotations()
            .Validate(o => o.AppType != BotAppType.Unknown, "MicrosoftAppType must be MultiTenant, SingleTenant or UserAssignedMSI.")
            .ValidateOnStart();

        services.AddOptions<BotFrameworkOptions>()
            .Bind(configuration.GetSection(BotFrameworkOptions.Section))
            .ValidateDataAnnotations()
            .Validate(
                o => MetadataAddressPolicy.IsAcceptable(o.OpenIdMetadataUrl) && MetadataAddressPolicy.IsAcceptable(o.EntraOpenIdMetadataUrl),
                "BotFramework:OpenIdMetadataUrl and BotFramework:EntraOpenIdMetadataUrl must use https (plain http only on loopback).")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IBotAuthenticator, BotFrameworkAuthenticator>();
        return services;
    }
}
