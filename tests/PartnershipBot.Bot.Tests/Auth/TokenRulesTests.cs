using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Bot.Tests.Auth;

public sealed class TokenRulesTests
{
    public static TheoryData<string, string?, bool> ServiceUrls => new()
    {
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea/", true },
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea", true },
        { "https://smba.trafficmanager.net/emea", "https://SMBA.trafficmanager.net/EMEA/", true },
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/amer/", false },
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net.attacker.example/emea/", false },
        { "https://smba.trafficmanager.net/emea/", "http://smba.trafficmanager.net/emea/", false },
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/emea//", false },
        { "https://smba.trafficmanager.net/emea/", "https://smba.trafficmanager.net/", false },
        { "https://smba.trafficmanager.net/emea/", null, false },
    };

    [Theory]
    [MemberData(nameof(ServiceUrls))]
    public void SameServiceUrl_ClaimAgainstActivity_ComparesWholeUrlIgnoringCaseAndOneTrailingSlash(string claimed, string? activity, bool expected) =>
        Assert.Equal(expected, TokenRules.SameServiceUrl(claimed, activity));

    public static TheoryData<string?, bool> ChannelIds => new()
    {
        { "msteams", true },
        { "MSTEAMS", false },
        { "webchat", false },
        { "", false },
        { null, false },
    };

    [Theory]
    [MemberData(nameof(ChannelIds))]
    public void Allows_ChannelIdAgainstEndorsements_OrdinalAndNeverEmpty(string? channelId, bool expected) =>
        Assert.Equal(expected, Endorsements.Allows(["msteams", "emulator"], channelId));
}
