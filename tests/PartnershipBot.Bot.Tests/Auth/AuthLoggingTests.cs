using PartnershipBot.Protocol.Auth;
using static PartnershipBot.Bot.Tests.Auth.AuthTestKit;

namespace PartnershipBot.Bot.Tests.Auth;

public sealed class AuthLoggingTests : IdentityProviderTest
{
    [Fact]
    public async Task AuthenticateAsync_AnyOutcome_LogsReasonsButNeverTheToken()
    {
        var logger = new CapturingLogger<BotFrameworkAuthenticator>();
        using var authenticator = AuthTestKit.Authenticator(Provider, Clock, logger: logger);
        var valid = Provider.CreateChannelToken();
        var mismatched = Provider.CreateChannelToken(serviceUrl: "https://attacker.example.com/");

        await authenticator.AuthenticateAsync(Bearer(valid));
        await authenticator.AuthenticateAsync(Bearer(mismatched));
        await authenticator.AuthenticateAsync("Bearer " + valid.Split('.')[0] + ".garbage");
        Provider.Unavailable = true;
        using var cold = AuthTestKit.Authenticator(Provider, Clock, logger: logger);
        await cold.AuthenticateAsync(Bearer(valid));

        var lines = logger.Entries.Select(e => e.Text).ToList();
        Assert.Contains(logger.Entries, e => e.Id.Id == 2202 && e.Text.Contains("attacker.example.com", StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id.Id == 2200 && e.Text.Contains(AuthFailure.Malformed, StringComparison.Ordinal));
        Assert.Contains(logger.Entries, e => e.Id.Id == 2201);
        foreach (var token in new[] { valid, mismatched })
        {
            var segments = token.Split('.');
            Assert.DoesNotContain(lines, line => segments.Any(s => line.Contains(s, StringComparison.Ordinal)));
        }
    }
}
