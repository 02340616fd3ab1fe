using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>What a user sees on the wire when a check ends: one results card that explains itself, then the advice.</summary>
public sealed class ResultsHostTests : BotHostTest
{
    // Quick check statements in order: savings ×3, service ×2, appearance ×3 (values as the card's choices carry them).
    private static readonly string[] AtRisk = ["5", "no", "1", "5", "2", "1", "5", "1"];

    /// <summary>The card's texts in reading order, one space between them.</summary>
    internal static string Flat(JsonNode? card) => Regex.Replace(CardData.AllText(card), @"\s+", " ").Trim();

    internal static async Task<BotConversation.Turn> QuickCheckAsync(BotConversation user, IReadOnlyList<string> statements)
    {
        var card = (await user.SayAsync("snelle check")).LastCard;
        for (var i = 0; i < 4; i++)
        {
            card = (await user.SubmitAsync($"ctx-{i}", card, "answer", (CardData.InputId(card), CardData.Option(card, 0)))).LastCard;
        }

        BotConversation.Turn turn = null!;
        for (var i = 0; i < statements.Count; i++)
        {
            turn = await user.SubmitAsync($"q-{i}", card, "answer", (CardData.InputId(card), statements[i]));
            card = turn.LastCard;
        }

        return turn;
    }

    [Fact]
    public async Task QuickCheck_Finished_OneResultsCardThatExplainsItsScoresThenOneAdviceCardPerPitfallAtRisk()
    {
        var turn = await QuickCheckAsync(User(), AtRisk);

        var cards = turn.Cards.ToList();
        var results = cards[0];
        var text = Flat(results);
        Assert.Contains("Score 0–100: elk antwoord duwt de score omhoog (+) of omlaag (−)", text, StringComparison.Ordinal);
        Assert.Contains("Laag onder 35, verhoogd vanaf 35, hoog vanaf 65.", text, StringComparison.Ordinal);
        // Every answer behind the savings score, not only the strongest one.
        foreach (var line in new[] { "Bezuiniging direct ingeboekt: Helemaal eens", "Eenmalig opstartbudget: Nee", "Eigenaren gunnen tijd: Helemaal oneens" })
        {
            Assert.Contains(line, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Sterkste signaal", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Advies bekijken", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Action.ShowCard", results.ToJsonString(), StringComparison.Ordinal);
        // Three pitfalls at risk: three advice cards, each once, and nothing else repeats them.
        var advice = cards.Skip(1).ToList();
        Assert.Equal(3, advice.Count);
        Assert.All(advice, a => Assert.StartsWith("Advies bij: ", Flat(a), StringComparison.Ordinal));
        Assert.Equal(3, advice.Select(a => Flat(a)).Distinct().Count());
    }

    [Fact]
    public async Task DontKnow_ClickedOnAServiceStatement_TheResultSaysTooFewAnswersInsteadOfAScore()
    {
        var user = User();
        var statements = AtRisk.ToArray();
        statements[3] = "dont-know";

        var turn = await QuickCheckAsync(user, statements);

        var text = Flat(turn.Cards.First());
        Assert.Contains("Gelijkblijvende dienstverlening Risico: Onbekend Geen score: u beantwoordde 1 van de 2 vragen hierover", text, StringComparison.Ordinal);
        Assert.Contains("Voor 1 valkuil waren er te weinig antwoorden voor een oordeel.", text, StringComparison.Ordinal);
        // No advice for a pitfall that has no score.
        Assert.DoesNotContain(turn.Cards.Skip(1), a => Flat(a).StartsWith("Advies bij: Gelijkblijvende", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Statement_OnTheWire_OffersWeetIkNietAsTheSixthChoice()
    {
        var user = User();
        var card = (await user.SayAsync("snelle check")).LastCard;
        for (var i = 0; i < 4; i++)
        {
            card = (await user.SubmitAsync($"ctx-{i}", card, "answer", (CardData.InputId(card), CardData.Option(card, 0)))).LastCard;
        }

        var choices = CardData.ChoiceSet(card)!["choices"]!.AsArray();
        Assert.Equal(6, choices.Count);
        Assert.Equal("Weet ik niet", choices[5]!["title"]!.GetValue<string>());
        Assert.Equal("dont-know", choices[5]!["value"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_OpenThisResult_ShowsTheStoredResultAndAdviceExactlyAsSent_AndInTheLanguageChosenSince()
    {
        var user = User();
        var finished = await QuickCheckAsync(user, AtRisk);
        var sent = finished.Cards.Select(c => c.ToJsonString()).ToList();

        var history = (await user.SayAsync("geschiedenis")).LastCard;
        Assert.Contains("Deze uitkomst openen", Flat(history), StringComparison.Ordinal);
        var reopened = await user.SubmitAsync("history-1", history, "reopenResult");

        Assert.Equal(sent, reopened.Cards.Select(c => c.ToJsonString()));
        await user.SayAsync("english");
        var english = await user.SubmitAsync("history-1", history, "reopenResult");
        Assert.StartsWith("Outcome of your quick check", Flat(english.Cards.First()), StringComparison.Ordinal);
        Assert.Contains("Risk: High · 100 out of 100", Flat(english.Cards.First()), StringComparison.Ordinal);
        Assert.Equal(sent.Count, english.Cards.Count());
    }

    [Fact]
    public async Task OpenThisResult_WithAnotherUsersOrAnUnknownCheckId_SaysItIsGoneAndShowsNothing()
    {
        var owner = User("29:owner");
        await QuickCheckAsync(owner, AtRisk);
        var history = (await owner.SayAsync("geschiedenis")).LastCard;
        var other = User("29:other").FromNow();

        var turn = await other.SubmitAsync("history-2", history, "reopenResult");

        Assert.Empty(turn.Cards);
        Assert.StartsWith("Die uitkomst kan ik niet meer openen.", turn.Texts, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenThisResult_InAGroupChat_ShowsNoResultThere()
    {
        var user = User();
        await QuickCheckAsync(user, AtRisk);
        var history = (await user.SayAsync("geschiedenis")).LastCard;
        var group = User(conversationId: "19:group@thread.v2", conversationType: "groupChat").FromNow();

        var turn = await group.SubmitAsync("history-3", history, "reopenResult");

        Assert.Empty(turn.Cards);
        Assert.Contains("persoonlijke chat", turn.Texts, StringComparison.Ordinal);
    }
}
