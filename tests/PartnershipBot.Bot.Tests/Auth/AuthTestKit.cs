using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>Builds authenticators against a <see cref="TestIdentityProvider"/> on one shared fake clock.</summary>
internal static class AuthTestKit
{
    public const string Teams = "msteams";

    /// <summary>A fixed instant, so lifetime tests move the clock instead of sleeping.</summary>
    public static FakeTimeProvider NewClock() => new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    public static BotFrameworkAuthenticator Authenticator(
        TestIdentityProvider provider,
        TimeProvider clock,
        string? appId = TestIdentityProvider.AppId,
        string? tenantId = null,
        ILogger<BotFrameworkAuthenticator>? logger = null)
    {
        ArgumentNullException.ThrowIfNull(provider);
        return Authenticator(provider.ChannelMetadataUrl, provider.EntraMetadataUrl, clock, appId, tenantId, logger);
    }

    /// <summary>An authenticator that fetches its signing keys from the given metadata addresses.</summary>
    public static BotFrameworkAuthenticator Authenticator(
        string channelMetadataUrl,
        string entraMetadataUrl,
        TimeProvider clock,
        string? appId = TestIdentityProvider.AppId,
        string? tenantId = null,
        ILogger<BotFrameworkAuthenticator>? logger = null)
    {
        var credentials = new BotCredentialsOptions { MicrosoftAppId = appId, MicrosoftAppTenantId = tenantId };
        var endpoints = new BotFrameworkOptions { OpenIdMetadataUrl = channelMetadataUrl, EntraOpenIdMetadataUrl = entraMetadataUrl };
        return new BotFrameworkAuthenticator(
            Options.Create(credentials), Options.Create(endpoints), clock, logger ?? NullLogger<BotFrameworkAuthenticator>.Instance);
    }

    public static string Bearer(string token) => "Bearer " + token;

    public static Task<AuthenticationOutcome> AuthenticateAsync(
        this IBotAuthenticator authenticator, string? header, string? channelId = Teams, string? serviceUrl = TestIdentityProvider.DefaultServiceUrl) =>
        authenticator.AuthenticateAsync(header, channelId, serviceUrl, CancellationToken.None);
}
