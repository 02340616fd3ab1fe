using System.Net;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// A clicked card whose buttons no longer apply becomes read-only in place, saying why: an old question of a
/// finished check, and the "delete my data" question once confirmed or cancelled. Nothing else is sent or lost.
/// </summary>
public sealed class ClosedCardHostTests : BotHostTest
{
    private static readonly string[] Statements = ["3", "partly", "3", "3", "3", "3", "3", "3"];

    [Fact]
    public async Task FinishedCheck_OldQuestionExecuted_ThatCardGoesReadOnlySayingSoAndNothingElseIsSent()
    {
        var user = User();
        var oldCard = await FinishedCheckAsync(user);

        var turn = await user.ExecuteAsync("old-card", oldCard, "answer", (CardData.InputId(oldCard), CardData.Option(oldCard, 1)));

        Assert.Equal((int)HttpStatusCode.OK, turn.Status);
        var replacement = (JsonObject)turn.Body!["value"]!;
        AssertReadOnly(replacement);
        Assert.Contains("Deze check is al afgerond.", CardData.AllText(replacement), StringComparison.Ordinal);
        // The question it asked stays readable; no welcome, no new check, nothing posted or updated elsewhere.
        Assert.Contains("Vanuit welke rol kijkt u naar het samenwerkingsverband?", CardData.AllText(oldCard), StringComparison.Ordinal);
        Assert.Contains("Vanuit welke rol kijkt u naar het samenwerkingsverband?", CardData.AllText(replacement), StringComparison.Ordinal);
        Assert.Empty(turn.Sent);
        var history = await user.SayAsync("geschiedenis");
        Assert.Contains("snelle check", CardData.AllText(history.LastCard), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Welkom", CardData.AllText(history.LastCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FinishedCheck_OldQuestionSubmitted_TheClickedMessageIsUpdatedReadOnlyAndNothingIsPosted()
    {
        var user = User();
        var oldCard = await FinishedCheckAsync(user);

        var turn = await user.SubmitAsync("old-card", oldCard, "answer", (CardData.InputId(oldCard), CardData.Option(oldCard, 1)));

        var put = Assert.Single(turn.Sent);
        Assert.Equal("PUT", put.Method);
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/old-card", put.RawTarget);
        var replacement = put.Json!["attachments"]![0]!["content"]!.AsObject();
        AssertReadOnly(replacement);
        Assert.Contains("Deze check is al afgerond.", CardData.AllText(replacement), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunningCheck_EarlierQuestionExecuted_ThatCardGoesReadOnlyAndTheCurrentQuestionIsPostedBelow()
    {
        var user = User();
        var first = (await user.SayAsync("snelle check")).LastCard;
        var second = (await user.SubmitAsync("q-1", first, "answer", (CardData.InputId(first), CardData.Option(first, 0)))).LastCard;

        var turn = await user.ExecuteAsync("q-1", first, "answer", (CardData.InputId(first), CardData.Option(first, 1)));

        var replacement = (JsonObject)turn.Body!["value"]!;
        AssertReadOnly(replacement);
        Assert.Contains("Deze vraag is niet meer aan de beurt", CardData.AllText(replacement), StringComparison.Ordinal);
        Assert.Contains("Die vraag hoort bij een eerder moment", turn.Texts, StringComparison.Ordinal);
        Assert.Equal(CardData.AllText(second), CardData.AllText(Assert.Single(turn.Cards)));
    }

    [Fact]
    public async Task DeleteMyData_Confirmed_TheCardSaysItIsErasedAndASecondClickErasesNothing()
    {
        var user = User();
        var confirm = (await user.SayAsync("verwijder mijn gegevens")).LastCard;

        var done = await user.SubmitAsync("erase-card", confirm, "deleteDataConfirmed");

        var put = Assert.Single(done.Sent);
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/erase-card", put.RawTarget);
        var closed = put.Json!["attachments"]![0]!["content"]!.AsObject();
        AssertReadOnly(closed);
        Assert.Contains("Klaar: ik heb alles gewist wat ik over u bewaarde.", CardData.AllText(closed), StringComparison.Ordinal);

        // Started again since: a late second click on the old card must not take that away.
        await user.SayAsync("snelle check");
        var again = await user.SubmitAsync("erase-card", confirm, "deleteDataConfirmed");

        Assert.Equal((int)HttpStatusCode.OK, again.Status);
        var stale = Assert.Single(again.Sent);
        Assert.Equal("PUT", stale.Method);
        Assert.Contains("ik heb nu niets gewist", CardData.AllText(stale.Json!["attachments"]![0]!["content"]), StringComparison.Ordinal);
        var resume = await user.SayAsync("1");
        Assert.Contains("Contextvraag 2 van 4", CardData.AllText(resume.LastCard), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_Cancelled_TheCardSaysNothingWasErasedAndTheCheckGoesOn()
    {
        var user = User();
        await user.SayAsync("snelle check");
        var confirm = (await user.SayAsync("verwijder mijn gegevens")).LastCard;

        var kept = await user.SubmitAsync("erase-card", confirm, "deleteDataCancelled");

        var put = Assert.Single(kept.Sent, r => r.Method == "PUT");
        Assert.Equal("/v3/conversations/a%3Aconv-1/activities/erase-card", put.RawTarget);
        var closed = put.Json!["attachments"]![0]!["content"]!.AsObject();
        AssertReadOnly(closed);
        Assert.Contains("Prima, ik heb niets gewist.", CardData.AllText(closed), StringComparison.Ordinal);
        Assert.True(CardData.IsQuestion(Assert.Single(kept.Cards)));

        var late = await user.SubmitAsync("erase-card", confirm, "deleteDataConfirmed");
        Assert.Contains("ik heb nu niets gewist", CardData.AllText(Assert.Single(late.Sent).Json!["attachments"]![0]!["content"]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DeleteMyData_ConfirmedFromAClientWithoutReplyToId_TheClosedCardIsPostedInstead()
    {
        var user = User();
        var confirm = (await user.SayAsync("delete my data")).LastCard;

        var done = await user.SubmitAsync(cardMessageId: "", confirm, "deleteDataConfirmed");

        var posted = Assert.Single(done.Cards);
        AssertReadOnly(posted);
        Assert.Contains("Done: I have erased everything I kept about you.", CardData.AllText(posted), StringComparison.Ordinal);
        Assert.DoesNotContain(done.Sent, r => r.Method == "PUT");
    }

    /// <summary>A quick check answered to the end by clicks; returns its first question card as it was posted.</summary>
    private static async Task<JsonObject> FinishedCheckAsync(BotConversation user)
    {
        var first = (await user.SayAsync("snelle check")).LastCard;
        var card = first;
        for (var i = 0; i < 12; i++)
        {
            var value = i < 4 ? CardData.Option(card, 0) : Statements[i - 4];
            card = (await user.SubmitAsync($"q-{i}", card, "answer", (CardData.InputId(card), value))).LastCard;
        }

        Assert.False(CardData.IsQuestion(card));
        return first;
    }

    private static void AssertReadOnly(JsonObject card)
    {
        Assert.Empty(CardData.Actions(card));
        Assert.Null(CardData.ChoiceSet(card));
    }
}
