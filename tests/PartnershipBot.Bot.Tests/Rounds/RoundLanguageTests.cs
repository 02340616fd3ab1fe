using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>Round messages follow the stored language of the person they go to, never only the Teams locale.</summary>
public sealed class RoundLanguageTests : RoundHostTest
{
    [Fact]
    public async Task EnglishConsultant_DutchParticipant_EachReadsTheirOwnLanguage_TheChannelTheConsultants()
    {
        // Both chose a language in their 1:1 chat; Teams sends nl-NL for everyone.
        await new BotConversation(Host, Connector, RoundScenario.Consultant, "a:consultant-own").SayAsync("english");
        await new BotConversation(Host, Connector, "29:anna", "a:anna-own").SayAsync("nederlands");
        await new BotConversation(Host, Connector, "29:bob", "a:bob-own").SayAsync("english");

        var invitation = await Scenario.StartAsync();
        var (annaClick, annaChat) = await Scenario.JoinAsync("29:anna", invitation);
        var (bobClick, _) = await Scenario.JoinAsync("29:bob", invitation);
        var progress = await Scenario.InChannel(RoundScenario.Consultant).SayAsync("round results");

        Assert.Contains("Take part in the round for ISD Rivierenland", CardData.AllText(invitation), StringComparison.Ordinal);
        Assert.Contains("Doe mee met de ronde voor ISD Rivierenland", CardData.AllText(Assert.Single(RoundScenario.PrivateCards(annaClick))), StringComparison.Ordinal);
        Assert.Contains("persoonlijk bericht", annaClick.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Take part in the round for ISD Rivierenland", CardData.AllText(Assert.Single(RoundScenario.PrivateCards(bobClick))), StringComparison.Ordinal);
        Assert.Contains("personal message", bobClick.Body!["value"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("Round progress: ISD Rivierenland", string.Join(" ", RoundScenario.PrivateCards(progress).Select(CardData.AllText)), StringComparison.Ordinal);

        // Anna's check and its "your outcome counts" note in Dutch, in the chat the bot opened.
        var results = await Scenario.AnswerQuickCheckAsync("29:anna", annaChat!, 0, 1);
        Assert.Contains("telt mee in de ronde voor ISD Rivierenland", results!.Texts, StringComparison.Ordinal);
    }
}
