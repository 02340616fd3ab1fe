using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>How an answer is confirmed depends on how it was given.</summary>
public sealed class AnswerConfirmationTests : BotHostTest
{
    [Fact]
    public async Task TypedAnswer_UpdatesTheQuestionCardInPlaceThenAsksTheNextQuestion()
    {
        var user = User();
        await user.SayAsync("snelle check");

        var turn = await user.SayAsync("1");

        // The connector sees an update of the card on screen (no live buttons left), then one new question.
        var put = Assert.Single(turn.Sent, r => r.Method == "PUT");
        Assert.StartsWith("/v3/conversations/a%3Aconv-1/activities/activity-", put.RawTarget, StringComparison.Ordinal);
        var answered = put.Json!["attachments"]![0]!["content"]!.AsObject();
        Assert.False(CardData.IsQuestion(answered));
        Assert.Empty(CardData.Actions(answered));
        Assert.True(CardData.IsQuestion(Assert.Single(turn.Cards)));
    }

    [Fact]
    public async Task InvalidTypedAttempts_UpdateTheSameCardWithTheHintAndPostNothingNew()
    {
        var user = User();
        await user.SayAsync("snelle check");

        var attempts = new[] { await user.SayAsync("blauw"), await user.SayAsync("groen"), await user.SayAsync("geel") };

        Assert.All(attempts, a => Assert.Empty(a.Cards));
        var targets = attempts.Select(a => Assert.Single(a.Sent, r => r.Method == "PUT").RawTarget).Distinct();
        Assert.StartsWith("/v3/conversations/a%3Aconv-1/activities/activity-", Assert.Single(targets), StringComparison.Ordinal);
        var last = attempts[^1].Sent.Single(r => r.Method == "PUT").Json!["attachments"]![0]!["content"]!.AsObject();
        Assert.True(CardData.IsQuestion(last));
        Assert.Contains("Dat antwoord herken ik niet", CardData.AllText(last), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("help")]
    [InlineData("english")]
    public async Task SideCommandDuringACheck_PostsTheQuestionAgainBelowItsAnswerInsteadOfUpdatingTheCardAbove(string command)
    {
        var user = User();
        await user.SayAsync("snelle check");

        var turn = await user.SayAsync(command);

        Assert.DoesNotContain(turn.Sent, r => r.Method == "PUT");
        Assert.True(CardData.IsQuestion(turn.LastCard));
        Assert.True(turn.Sent.Count(r => r.Method == "POST") >= 2);
    }

    [Fact]
    public async Task Resume_AfterAPause_PostsTheQuestionBelowTheWelcomeBack()
    {
        var user = User();
        await user.SayAsync("snelle check");
        await user.SayAsync("stop");

        var turn = await user.SayAsync("verder");

        Assert.DoesNotContain(turn.Sent, r => r.Method == "PUT");
        Assert.True(CardData.IsQuestion(Assert.Single(turn.Cards)));
    }

    [Fact]
    public async Task SkippedQuestion_IsShownAsSkippedNotAsAnAnswer()
    {
        var user = User();
        await user.SayAsync("snelle check");
        await user.SayAsync("1");
        await user.SayAsync("1");
        await user.SayAsync("1");
        await user.SayAsync("1");

        var turn = await user.SayAsync("overslaan");

        var put = Assert.Single(turn.Sent, r => r.Method == "PUT");
        var text = CardData.AllText(put.Json!["attachments"]![0]!["content"]);
        Assert.Contains("Overgeslagen", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Uw antwoord: Overgeslagen", text, StringComparison.Ordinal);
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
