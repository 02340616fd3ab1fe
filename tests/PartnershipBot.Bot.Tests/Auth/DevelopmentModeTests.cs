using PartnershipBot.Protocol.Auth;
using static PartnershipBot.Bot.Tests.Auth.AuthTestKit;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>No MicrosoftAppId: requests without a header pass anonymously, any presented token is refused.</summary>
public sealed class DevelopmentModeTests : IdentityProviderTest
{
    [Fact]
    public async Task AuthenticateAsync_NoAppIdAndNoHeader_IsAnonymous()
    {
        using var authenticator = AuthTestKit.Authenticator(Provider, Clock, appId: null);

        var outcome = await authenticator.AuthenticateAsync(null);

        Assert.Equal(AuthenticationStatus.Anonymous, outcome.Status);
        Assert.Null(outcome.Identity);
    }

    [Fact]
    public async Task AuthenticateAsync_NoAppIdButValidLookingToken_IsUnauthorizedWithoutNetwork()
    {
        using var authenticator = AuthTestKit.Authenticator(Provider, Clock, appId: " ");

        var outcome = await authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(AuthFailure.TokenWithoutAppId, outcome.Reason);
        Assert.Equal(0, Provider.TotalRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_AppIdConfiguredAndNoHeader_IsUnauthorized()
    {
        var outcome = await Authenticator.AuthenticateAsync(null);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
    }
}
