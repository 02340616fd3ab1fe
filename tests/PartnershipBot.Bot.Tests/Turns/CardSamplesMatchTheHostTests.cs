using System.Text.Json.Nodes;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Cards.Samples;
using static PartnershipBot.Bot.Tests.Turns.WireCardNormaliser;

namespace PartnershipBot.Bot.Tests.Turns;

/// <summary>
/// The samples <c>cards --out</c> writes are what the bot sends for the same state: the real host's wire cards
/// equal the sample files, with only dates (the sample's fixed day, the host's clock) normalised.
/// </summary>
public sealed class CardSamplesMatchTheHostTests : BotHostTest
{
    private static readonly IReadOnlyDictionary<string, JsonObject> Samples = CardSamples.All().ToDictionary(s => s.Name, s => s.Card);

    [Fact]
    public async Task Welcome_Help_Privacy_OnTheWire_EqualTheirSamples()
    {
        var user = User();
        var install = Activities.Base("installationUpdate", "a:conv-1", Connector.ServiceUrl, null, "nl-NL", new JsonObject { ["action"] = "add" });

        var welcome = Assert.Single((await user.SendAsync(install)).Cards);
        var help = Assert.Single((await user.SayAsync("help")).Cards);
        var privacy = Assert.Single((await user.SayAsync("privacy")).Cards);

        Assert.Equal(Normalise(Samples["welcome-nl"]), Normalise(welcome));
        Assert.Equal(Normalise(Samples["help-nl"]), Normalise(help));
        Assert.Equal(Normalise(Samples["privacy-nl"]), Normalise(privacy));
    }

    [Fact]
    public async Task HealthyQuickCheck_OnTheWire_EqualsTheResultsSamples()
    {
        // The sample's answers (CheckSamples.Healthy): calm everywhere, "weet ik niet" on the first service statement.
        var turn = await ResultsHostTests.QuickCheckAsync(User(), ["1", "yes", "5", "dont-know", "5", "5", "1", "5"]);

        var cards = turn.Cards.ToList();
        Assert.Equal(2, cards.Count);
        Assert.Equal(Normalise(Samples["results-healthy-nl"]), Normalise(cards[0]));
        Assert.Equal(Normalise(Samples["results-healthy-nl-2"]), Normalise(cards[1]));
    }

    [Fact]
    public async Task QuickCheck_FirstQuestion_RetriedAndAnsweredInPlace_OnTheWire_EqualTheirSamples()
    {
        var user = User();

        var first = (await user.SayAsync("snelle check")).LastCard;
        var retried = Updated(await user.SayAsync("misschien"));
        var answered = Updated(await user.SubmitAsync("q-0", first, "answer", (CardData.InputId(first), CardData.Option(first, 0))));

        Assert.Equal(Normalise(Samples["question-first-nl"]), Normalise(first));
        Assert.Equal(Normalise(Samples["question-first-retried-nl"]), Normalise(retried));
        Assert.Equal(Normalise(Samples["question-first-answered-nl"]), Normalise(answered));
    }

    public static TheoryData<string, string, string, string> Languages => new()
    {
        { "nl-NL", "snelle check", "geschiedenis", "nl" },
        { "en-GB", "quick check", "history", "en" },
    };

    [Theory]
    [MemberData(nameof(Languages))]
    public async Task MildThenAtRiskQuickCheck_ResultsAdviceAndHistory_OnTheWire_EqualTheirSamples(string locale, string check, string history, string suffix)
    {
        // The sample's two checks (CheckSamples.AtRisk): mildly worried, then all three pitfalls high.
        var user = new BotConversation(Host, Connector, locale: locale);
        await QuickCheckAsync(user, check, ["4", "partly", "2", "4", "2", "2", "4", "2"]);
        var atRisk = (await QuickCheckAsync(user, check, ["5", "no", "1", "5", "2", "1", "5", "1"])).Cards.ToList();
        var historyCard = Assert.Single((await user.SayAsync(history)).Cards);

        Assert.Equal(4, atRisk.Count);
        Assert.Equal(Normalise(Samples["results-" + suffix]), Normalise(atRisk[0]));
        for (var i = 1; i < 4; i++)
        {
            Assert.Equal(Normalise(Samples[$"results-{suffix}-{i + 1}"]), Normalise(atRisk[i]));
        }

        Assert.Equal(Normalise(Samples["history-" + suffix]), Normalise(historyCard));
    }

    private static async Task<BotConversation.Turn> QuickCheckAsync(BotConversation user, string command, IReadOnlyList<string> statements)
    {
        var card = (await user.SayAsync(command)).LastCard;
        BotConversation.Turn turn = null!;
        for (var i = 0; i < 4 + statements.Count; i++)
        {
            turn = await user.SubmitAsync($"q-{i}", card, "answer", (CardData.InputId(card), i < 4 ? CardData.Option(card, 0) : statements[i - 4]));
            card = turn.LastCard;
        }

        return turn;
    }

    /// <summary>The card a turn put in place of one already on screen (the connector's update-activity call).</summary>
    private static JsonObject Updated(BotConversation.Turn turn) =>
        Assert.Single(turn.Sent, r => r.Method == "PUT").Json!["attachments"]![0]!["content"]!.AsObject();
}
