using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>How an answer is confirmed depends on how it was given.</summary>
public sealed class AnswerConfirmationTests : BotHostTest
{
    [Fact]
    public async Task TypedAnswer_IsConfirmedWithTheReadOnlyCardThenTheNextQuestion()
    {
        var user = User();
        await user.SayAsync("snelle check");

        var turn = await user.SayAsync("1");

        var cards = turn.Cards.ToList();
        Assert.Equal(2, cards.Count);
        Assert.False(CardData.IsQuestion(cards[0]));
        Assert.True(CardData.IsQuestion(cards[1]));
    }

    [Fact]
    public async Task CardSubmitWithoutReplyToId_OnlyAsksTheNextQuestion()
    {
        var user = User();
        var question = (await user.SayAsync("snelle check")).LastCard;

        var turn = await user.SubmitAsync(cardMessageId: "", question, "answer", (CardData.InputId(question), CardData.Option(question, 0)));

        var card = Assert.Single(turn.Cards);
        Assert.True(CardData.IsQuestion(card));
        Assert.DoesNotContain(turn.Sent, r => r.Method == "PUT");
    }
}
