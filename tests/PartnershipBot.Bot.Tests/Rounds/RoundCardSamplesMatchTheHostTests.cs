using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Cards.Samples;
using static PartnershipBot.Bot.Tests.Turns.WireCardNormaliser;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>
/// The round invitation <c>cards --out</c> writes is the one the host posts in the channel for the same round
/// (name, minimum group size), with only the generated round id and the closing moment normalised.
/// </summary>
public sealed class RoundCardSamplesMatchTheHostTests : RoundHostTest
{
    private static readonly IReadOnlyDictionary<string, JsonObject> Samples = CardSamples.All().ToDictionary(s => s.Name, s => s.Card);

    public static TheoryData<string, string, string> Languages => new()
    {
        { "nl-NL", "ronde starten", "round-invitation-nl" },
        { "en-GB", "start round", "round-invitation-en" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task Invitation_InTheChannel_EqualsItsSample(string locale, string command, string sample)
    {
        var consultant = new BotConversation(Host, Connector, RoundScenario.Consultant, RoundScenario.Channel, locale, "channel").FromNow();
        var form = (await consultant.SayAsync(command)).LastCard;

        var started = await consultant.SubmitAsync("form-1", form, "roundStart", ("roundName", "ISD Rivierenland"), ("roundClosingDate", "2099-03-16"), ("roundMinimumSize", "3"));

        var invitation = Assert.Single(started.Cards, c => CardData.Actions(c).Any(a => a["data"]?["action"]?.GetValue<string>() == "roundJoin"));
        Assert.Equal(Normalise(Samples[sample]), Normalise(invitation));
    }
}
