using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Bot.Tests.Hosting;

public sealed class ListenAddressGuardTests
{
    [Theory]
    [InlineData("http://127.0.0.1:3978", true)]
    [InlineData("http://localhost:3978", true)]
    [InlineData("http://[::1]:3978", true)]
    [InlineData("http://127.0.0.2:80", true)]
    [InlineData("http://0.0.0.0:3978", false)]
    [InlineData("http://*:3978", false)]
    [InlineData("http://+:3978", false)]
    [InlineData("http://192.168.1.10:3978", false)]
    [InlineData("http://example.org:3978", false)]
    public void IsLoopback_Address_Classified(string url, bool loopback) =>
        Assert.Equal(loopback, ListenAddressGuard.IsLoopback(url));

    [Fact]
    public void Build_DevelopmentModeOnAllInterfaces_RefusesWithClearMessage()
    {
        var exception = Assert.Throws<StartupRefusedException>(() => BotApp.Build(["--urls=http://0.0.0.0:3978", $"--Storage:DataDirectory={TestBotHost.NewDataDirectory()}"]));

        Assert.Contains("MicrosoftAppId", exception.Message, StringComparison.Ordinal);
        Assert.Contains("0.0.0.0", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_WithCredentialsOnAllInterfaces_IsAllowed()
    {
        await using var app = BotApp.Build(["--urls=http://0.0.0.0:0", "--MicrosoftAppId=7d3f0a52-4c1e-4b8a-9e6d-2f5a8c1b0e93", "--MicrosoftAppPassword=x", "--MicrosoftAppType=MultiTenant", $"--Storage:DataDirectory={TestBotHost.NewDataDirectory()}"]);

        Assert.NotNull(app);
    }
}
