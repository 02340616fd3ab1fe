using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Protocol.Auth;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Bot.Tests.Connector;

public sealed class TrustedServiceUrlsTests
{
    public static TheoryData<string, bool> DefaultHosts => new()
    {
        { "https://smba.trafficmanager.net/amer/", true },
        { "https://SMBA.TrafficManager.net/emea/", true },
        { "https://evil-smba.trafficmanager.net/amer/", false },
        { "https://smba.trafficmanager.net.evil.example/", false },
        { "https://europe.botframework.com/", true },
        { "https://botframework.com/", true },
        { "https://evilbotframework.com/", false },
        { "https://botframework.com.evil.example/", false },
        { "https://smba.infra.gcc.teams.microsoft.com/teams", true },
        { "https://smba.infra.gov.teams.microsoft.us/teams", true },
        { "http://smba.trafficmanager.net/amer/", false },
        { "https://user:pw@smba.trafficmanager.net/amer/", false },
        { "ftp://smba.trafficmanager.net/", false },
        { "/v3/conversations", false },
        { "not a url", false },
        { "http://127.0.0.1:3978/", false },
    };

    [Theory]
    [MemberData(nameof(DefaultHosts))]
    public void IsTrusted_DefaultConfiguredHosts_MatchExactOrDotSuffix(string serviceUrl, bool trusted) =>
        Assert.Equal(trusted, NewTrust().IsTrusted(serviceUrl));

    [Fact]
    public void IsTrusted_AfterAuthenticatedActivity_TrustsSameOriginAnyPath()
    {
        var trust = NewTrust();

        trust.TrustAuthenticated("https://connector.example.org/emea/");

        Assert.True(trust.IsTrusted("https://CONNECTOR.example.org/other/path"));
        Assert.False(trust.IsTrusted("https://connector.example.org:8443/emea/"));
        Assert.False(trust.IsTrusted("https://other.example.org/emea/"));
    }

    [Fact]
    public void TrustAuthenticated_PlainHttpOffLoopback_IsNeverTrusted()
    {
        var trust = NewTrust();

        trust.TrustAuthenticated("http://connector.example.org/");

        Assert.False(trust.IsTrusted("http://connector.example.org/"));
    }

    [Fact]
    public void TrustAuthenticated_PlainHttpOnLoopback_IsTrusted()
    {
        var trust = NewTrust();

        trust.TrustAuthenticated("http://127.0.0.1:56150/_connector");

        Assert.True(trust.IsTrusted("http://127.0.0.1:56150/_connector/"));
    }

    [Fact]
    public void TrustAuthenticated_MoreOriginsThanCapacity_StaysBoundedAndKeepsRecentOnes()
    {
        var clock = new FakeTimeProvider();
        var trust = NewTrust(clock);

        for (var i = 0; i <= TrustedServiceUrls.Capacity; i++)
        {
            trust.TrustAuthenticated($"https://host-{i}.example.org/");
            clock.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.InRange(trust.AuthenticatedOriginCount, 1, TrustedServiceUrls.Capacity);
        Assert.True(trust.IsTrusted($"https://host-{TrustedServiceUrls.Capacity}.example.org/"));
        Assert.False(trust.IsTrusted("https://host-0.example.org/"));
    }

    [Fact]
    public void IsTrusted_ConfiguredExtraHost_IsAddedToDefaults()
    {
        var options = new BotFrameworkOptions();
        options.TrustedServiceUrlHosts.Add("connector.contoso.nl");
        var trust = new TrustedServiceUrls(Options.Create(options), TimeProvider.System);

        Assert.True(trust.IsTrusted("https://connector.contoso.nl/"));
        Assert.False(trust.IsTrusted("https://sub.connector.contoso.nl/"));
    }

    private static TrustedServiceUrls NewTrust(TimeProvider? time = null) =>
        new(Options.Create(new BotFrameworkOptions()), time ?? TimeProvider.System);
}
