using PartnershipBot.Protocol.Auth;
using static PartnershipBot.Bot.Tests.Auth.AuthTestKit;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>How signing keys are fetched, cached, refreshed on rotation, and what happens when the provider is down.</summary>
public sealed class SigningKeyRefreshTests : IdentityProviderTest
{
    [Theory]
    [MemberData(nameof(Forgeries.WithoutNetwork), MemberType = typeof(Forgeries))]
    public async Task AuthenticateAsync_RequestRefusableOffline_NeverContactsTheProvider(Forgery forgery)
    {
        var request = Forgeries.Build(forgery, Provider, Clock);

        var outcome = await Authenticator.AuthenticateAsync(request.Header, request.ChannelId, request.ServiceUrl);

        Assert.Equal(AuthenticationStatus.Unauthorized, outcome.Status);
        Assert.Equal(0, Provider.TotalRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_RepeatedValidTokens_FetchMetadataAndKeysOnce()
    {
        for (var i = 0; i < 3; i++)
        {
            var outcome = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));
            Assert.Equal(AuthenticationStatus.Authenticated, outcome.Status);
        }

        Assert.Equal(1, Provider.MetadataRequests);
        Assert.Equal(1, Provider.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_UnknownKeyId_RefreshesOnceThenRefusesAndIsRateLimited()
    {
        using var stranger = TestSigningKey.Create("msteams");

        var first = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken(key: stranger)));
        var keysAfterFirst = Provider.KeysRequests;
        var second = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken(key: stranger)));

        Assert.Equal(AuthFailure.UnknownKey, first.Reason);
        Assert.Equal(2, keysAfterFirst);
        Assert.Equal(AuthFailure.UnknownKey, second.Reason);
        Assert.Equal(2, Provider.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_KeyRotatedAtProvider_NewKeyPickedUpByRefresh()
    {
        var before = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));
        var rotated = Provider.PublishChannelKey(TestIdentityProvider.DefaultEndorsements);

        var after = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken(key: rotated)));

        Assert.Equal(AuthenticationStatus.Authenticated, before.Status);
        Assert.Equal(AuthenticationStatus.Authenticated, after.Status);
        Assert.Equal(2, Provider.KeysRequests);
    }

    [Fact]
    public async Task AuthenticateAsync_ProviderAnswers503_IsUnavailableNeverAuthenticated()
    {
        Provider.Unavailable = true;

        var channel = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));
        var entra = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateEntraToken()));

        Assert.Equal(AuthenticationStatus.KeysUnavailable, channel.Status);
        Assert.Equal(AuthenticationStatus.KeysUnavailable, entra.Status);
        Assert.Null(channel.Identity);
        Assert.True(Provider.MetadataRequests >= 1);
    }

    [Fact]
    public async Task AuthenticateAsync_ProviderNotListening_IsUnavailable()
    {
        var token = Bearer(Provider.CreateChannelToken());
        using var nothingListening = new RefusingPort();
        using var orphan = AuthTestKit.Authenticator(
            new Uri(nothingListening.Url, "botframework/v1/.well-known/openidconfiguration").AbsoluteUri,
            new Uri(nothingListening.Url, "entra/v2.0/.well-known/openid-configuration").AbsoluteUri,
            Clock);

        var outcome = await orphan.AuthenticateAsync(token);

        Assert.Equal(AuthenticationStatus.KeysUnavailable, outcome.Status);
    }

    [Fact]
    public async Task AuthenticateAsync_ProviderRecovers_AuthenticatesAgain()
    {
        Provider.Unavailable = true;
        var down = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));

        Provider.Unavailable = false;
        var up = await Authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));

        Assert.Equal(AuthenticationStatus.KeysUnavailable, down.Status);
        Assert.Equal(AuthenticationStatus.Authenticated, up.Status);
    }

    [Fact]
    public async Task BotFrameworkAuthenticator_InsecureMetadataAddress_IsNeverFetched()
    {
        var endpoints = new BotFrameworkOptions { OpenIdMetadataUrl = "http://login.example.com/v1/.well-known/openidconfiguration" };
        using var authenticator = new BotFrameworkAuthenticator(
            Microsoft.Extensions.Options.Options.Create(new BotCredentialsOptions { MicrosoftAppId = TestIdentityProvider.AppId }),
            Microsoft.Extensions.Options.Options.Create(endpoints),
            Clock,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<BotFrameworkAuthenticator>.Instance);

        var outcome = await authenticator.AuthenticateAsync(Bearer(Provider.CreateChannelToken()));

        Assert.Equal(AuthenticationStatus.KeysUnavailable, outcome.Status);
    }
}
