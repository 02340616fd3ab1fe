using PartnershipBot.Protocol.Auth;
using static PartnershipBot.Bot.Tests.Auth.AuthTestKit;

namespace PartnershipBot.Bot.Tests.Auth;

public sealed class BotFrameworkAuthenticatorTests : IdentityProviderTest
{
    [Fact]
    public async Task AuthenticateAsync_ValidChannelToken_ReturnsIdentityWithTokenClaims()
    {
        var outcome = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        Assert.NotNull(outcome.Identity);
        Assert.True(outcome.Identity.IsAuthenticated);
        Assert.Equal(TokenIssuers.ChannelIssuer, outcome.Identity.FindFirst("iss")?.Value);
        Assert.Equal(TestIdentityProvider.AppId, outcome.Identity.FindFirst("aud")?.Value);
        Assert.Equal(TestIdentityProvider.DefaultServiceUrl, outcome.Identity.FindFirst("serviceurl")?.Value);
    }

    public static TheoryData<string> EquivalentServiceUrls => new()
    {
        "https://smba.trafficmanager.net/emea/",
        "https://smba.trafficmanager.net/emea",
        "HTTPS://SMBA.TRAFFICMANAGER.NET/EMEA/",
    };

    [Theory]
    [MemberData(nameof(EquivalentServiceUrls))]
    public async Task AuthenticateAsync_ServiceUrlDiffersOnlyInCaseOrTrailingSlash_Authenticates(string activityServiceUrl)
    {
        var outcome = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()), serviceUrl: activityServiceUrl);

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    public static TheoryData<string> EntraVersions => new() { "2.0", "1.0" };

    [Theory]
    [MemberData(nameof(EntraVersions))]
    public async Task AuthenticateAsync_ValidEntraToken_Authenticates(string version)
    {
        var token = Provider.CreateEntraToken(version: version);

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token), channelId: "emulator", serviceUrl: "http://127.0.0.1:5000/");

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_EntraTokenFromBotsOwnTenant_AuthenticatesOnlyWhenTenantConfigured()
    {
        const string tenant = "3c5a9f0e-8d21-4b7e-a6f4-1e2d3c4b5a69";
        var token = Bearer(Provider.CreateEntraToken(tenantId: tenant));
        using var singleTenant = AuthTestKit.Authenticator(Provider, Clock, tenantId: tenant.ToUpperInvariant());

        var withTenant = await singleTenant.AuthenticateAsync(token);
        var withoutTenant = await Authenticator.AuthenticateAsync(token);

        Assert.Equal(AuthenticationStatus.Authenticated, withTenant.Status);
        Assert.Equal(AuthFailure.UntrustedIssuer, withoutTenant.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_TokenExpiredWithinSkew_AuthenticatesAndPastSkew_IsUnauthorized()
    {
        var header = Bearer(Provider.CreateChannelToken());

        Clock.Advance(TimeSpan.FromHours(1) + TimeSpan.FromMinutes(4));
        var withinSkew = await Authenticator.AuthenticateAsync(header);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var pastSkew = await Authenticator.AuthenticateAsync(header);

        Assert.Equal(AuthenticationStatus.Authenticated, withinSkew.Status);
        Assert.Equal(AuthenticationStatus.Unauthorized, pastSkew.Status);
        Assert.Equal(AuthFailure.Expired, pastSkew.Reason);
    }

    [Fact]
    public async Task AuthenticateAsync_NotBeforeWithinSkew_Authenticates()
    {
        var token = Provider.CreateChannelToken(customize: d => d.NotBefore = Clock.GetUtcNow().UtcDateTime.AddMinutes(4));

        var outcome = await Authenticator.AuthenticateAsync(Bearer(token));

        Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
    }

    [Theory]
    [MemberData(nameof(Forgeries.All), MemberType = typeof(Forgeries))]
    public async Task AuthenticateAsync_ForgedOrInvalidRequest_IsUnauthorizedForThatReason(Forgery forgery)
    {
        var request = Forgeries.Build(forgery, Provider, Clock);

        var outcome = await Authenticator.AuthenticateAsync(request.Header, request.ChannelId, request.ServiceUrl);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Null(outcome.Identity);
        Assert.Equal(request.ExpectedReason, outcome.Reason);
    }
}
