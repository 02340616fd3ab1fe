using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Bot.Tests.Auth;

public sealed class AddBotAuthenticationTests
{
    [Fact]
    public void AddBotAuthentication_SdkKeysAtRootAndBotFrameworkSection_AreBound()
    {
        using var services = Build(new()
        {
            ["MicrosoftAppType"] = "SingleTenant",
            ["MicrosoftAppId"] = TestIdentityProvider.AppId,
            ["MicrosoftAppTenantId"] = "3c5a9f0e-8d21-4b7e-a6f4-1e2d3c4b5a69",
            ["BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:5999/v1/.well-known/openidconfiguration",
        });

        var credentials = services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value;
        var endpoints = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value;

        Assert.Equal(TestIdentityProvider.AppId, credentials.MicrosoftAppId);
        Assert.Equal(BotAppType.SingleTenant, credentials.AppType);
        Assert.False(credentials.IsDevelopmentMode);
        Assert.Equal("http://127.0.0.1:5999/v1/.well-known/openidconfiguration", endpoints.OpenIdMetadataUrl);
        Assert.Equal("https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration", endpoints.EntraOpenIdMetadataUrl);
    }

    [Fact]
    public void AddBotAuthentication_Authenticator_IsOneSharedInstance()
    {
        using var services = Build(new() { ["MicrosoftAppId"] = TestIdentityProvider.AppId });

        var first = services.GetRequiredService<IBotAuthenticator>();
        var second = services.GetRequiredService<IBotAuthenticator>();

        Assert.IsType<BotFrameworkAuthenticator>(first);
        Assert.Same(first, second);
    }

    public static TheoryData<string, string> InvalidSettings => new()
    {
        { "BotFramework:OpenIdMetadataUrl", "http://login.botframework.com/v1/.well-known/openidconfiguration" },
        { "BotFramework:EntraOpenIdMetadataUrl", "http://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration" },
        { "BotFramework:OpenIdMetadataUrl", "not a url" },
        { "MicrosoftAppType", "SomethingElse" },
    };

    [Theory]
    [MemberData(nameof(InvalidSettings))]
    public void AddBotAuthentication_InvalidSetting_FailsStartupValidation(string key, string value)
    {
        using var services = Build(new() { ["MicrosoftAppId"] = TestIdentityProvider.AppId, [key] = value });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IStartupValidator>().Validate());
    }

    [Fact]
    public void AddBotAuthentication_NoSettingsAtAll_IsValidDevelopmentMode()
    {
        using var services = Build([]);

        services.GetRequiredService<IStartupValidator>().Validate();

        Assert.True(services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value.IsDevelopmentMode);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddLogging()
            .AddBotAuthentication(configuration)
            .BuildServiceProvider(validateScopes: true);
    }
}
