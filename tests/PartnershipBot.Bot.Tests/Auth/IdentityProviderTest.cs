using Microsoft.Extensions.Time.Testing;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Bot.Tests.Auth;

/// <summary>Gives each test its own provider and authenticator, so request counts and key sets never leak between tests.</summary>
public abstract class IdentityProviderTest : IAsyncLifetime
{
    private TestIdentityProvider? _provider;
    private BotFrameworkAuthenticator? _authenticator;

    internal FakeTimeProvider Clock { get; } = AuthTestKit.NewClock();

    internal TestIdentityProvider Provider => _provider ?? throw new InvalidOperationException("The provider starts in InitializeAsync.");

    internal BotFrameworkAuthenticator Authenticator => _authenticator ?? throw new InvalidOperationException("The authenticator is built in InitializeAsync.");

    public async Task InitializeAsync()
    {
        _provider = await TestIdentityProvider.StartAsync(Clock);
        _authenticator = AuthTestKit.Authenticator(_provider, Clock);
    }

    public async Task DisposeAsync()
    {
        _authenticator?.Dispose();
        if (_provider is not null)
        {
            await _provider.DisposeAsync();
        }
    }
}
