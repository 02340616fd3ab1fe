using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>A round uses the check's scores: a pitfall without a score ("weet ik niet") is missing there too, never a 0.</summary>
public sealed class RoundDontKnowTests : RoundHostTest
{
    [Fact]
    public async Task Participant_AnsweringWeetIkNietThroughout_CountsForNoPitfallInTheRound()
    {
        var invitation = await Scenario.StartAsync();
        var (_, personal) = await Scenario.JoinAsync("29:unsure", invitation);
        var (_, other) = await Scenario.JoinAsync("29:sure", invitation);

        // Option 5 is "Weet ik niet" on a statement; on yes/partly/no the last option (also "Weet ik niet").
        var unsure = await Scenario.AnswerQuickCheckAsync("29:unsure", personal!, 0, 5);
        await Scenario.AnswerQuickCheckAsync("29:sure", other!, 0, 4);

        Assert.Contains("Risico: Onbekend", Turns.CardData.AllText(unsure!.Cards.First()), StringComparison.Ordinal);
        var round = await Scenario.Store.GetAsync(Activities.Tenant, RoundScenario.RoundId(invitation), default);
        var responses = round!.Round.Responses.ToDictionary(r => r.ParticipantId);
        Assert.Empty(responses["29:unsure"].Risks);
        Assert.Equal(3, responses["29:sure"].Risks.Count);
    }
}
