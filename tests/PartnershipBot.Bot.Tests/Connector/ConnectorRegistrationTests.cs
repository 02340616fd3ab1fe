using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

public sealed class ConnectorRegistrationTests
{
    private const string AppId = ConnectorHarness.AppId;

    public static TheoryData<string?, string?, string?, string?, Type> Providers => new()
    {
        { null, null, null, null, typeof(NoConnectorTokenProvider) },
        { "SingleTenant", "", "secret", "tenant", typeof(NoConnectorTokenProvider) },
        { null, AppId, "secret", null, typeof(ClientCredentialsTokenProvider) },
        { "MultiTenant", AppId, "secret", null, typeof(ClientCredentialsTokenProvider) },
        { "SingleTenant", AppId, "secret", "tenant", typeof(ClientCredentialsTokenProvider) },
        { "UserAssignedMSI", AppId, null, "tenant", typeof(ManagedIdentityTokenProvider) },
    };

    public static TheoryData<string?, string?, string?, string> InvalidCredentials => new()
    {
        { "MultiTenant", null, null, "MicrosoftAppPassword" },
        { "SingleTenant", "secret", null, "MicrosoftAppTenantId" },
        { "SingleTenant", null, "tenant", "MicrosoftAppPassword" },
        { "UserAssignedMSI", "secret", "tenant", "must not have a MicrosoftAppPassword" },
        { "UserAssignedMSI", null, null, "MicrosoftAppTenantId" },
        { "Federated", "secret", "tenant", "MicrosoftAppType" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void AddBotConnector_ByAppType_ChoosesTokenProvider(string? appType, string? appId, string? password, string? tenant, Type expected)
    {
        using var services = Build(appType, appId, password, tenant);

        Assert.IsType(expected, services.GetRequiredService<IConnectorTokenProvider>());
    }

    [Theory]
    [MemberData(nameof(InvalidCredentials))]
    public void AddBotConnector_CredentialsThatCannotYieldToken_FailValidationNamingTheSetting(string? appType, string? password, string? tenant, string named)
    {
        using var services = Build(appType, AppId, password, tenant);

        var failure = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotCredentialsOptions>>().Value);

        Assert.Contains(failure.Failures, message => message.Contains(named, StringComparison.Ordinal));
        Assert.DoesNotContain(failure.Failures, message => message.Contains("secret", StringComparison.Ordinal) && !message.Contains("MicrosoftAppPassword", StringComparison.Ordinal));
    }

    [Fact]
    public void AddBotConnector_PlainHttpLoginEndpointOffLoopback_FailsValidation()
    {
        using var services = Build(null, null, null, null, new() { ["BotFramework:LoginEndpoint"] = "http://login.example.org" });

        Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value);
    }

    [Fact]
    public void AddBotConnector_AfterAddBotAuthentication_BindsTrustedHostsOnce()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["BotFramework:TrustedServiceUrlHosts:0"] = "connector.contoso.nl",
        }).Build();
        var collection = new ServiceCollection().AddLogging();
        collection.AddBotAuthentication(configuration);
        collection.AddBotConnector(configuration);
        using var services = collection.BuildServiceProvider();

        var hosts = services.GetRequiredService<IOptions<BotFrameworkOptions>>().Value.TrustedServiceUrlHosts;

        Assert.Single(hosts, host => host == "connector.contoso.nl");
        Assert.Contains("smba.trafficmanager.net", hosts); // configured hosts add to the defaults
    }

    [Fact]
    public void ManagedIdentityTokenProvider_DefaultScope_AsksForBotFrameworkResource()
    {
        using var services = Build("UserAssignedMSI", AppId, null, "tenant");

        var provider = Assert.IsType<ManagedIdentityTokenProvider>(services.GetRequiredService<IConnectorTokenProvider>());

        Assert.Equal("https://api.botframework.com", provider.Resource);
    }

    private static ServiceProvider Build(string? appType, string? appId, string? password, string? tenant, Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["MicrosoftAppType"] = appType,
            ["MicrosoftAppId"] = appId,
            ["MicrosoftAppPassword"] = password,
            ["MicrosoftAppTenantId"] = tenant,
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddLogging().AddBotConnector(configuration).BuildServiceProvider();
    }
}
