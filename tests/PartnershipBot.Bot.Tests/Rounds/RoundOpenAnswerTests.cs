using System.Text;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Rounds;

/// <summary>
/// The round's optional open question: asked after the quick check, read for pitfalls, counted as a
/// theme from ten respondents on, and the words never kept.
/// </summary>
public sealed class RoundOpenAnswerTests : RoundHostTest
{
    // A place name no card or content file contains, to look for in the database files afterwards.
    private const string Marker = "Zwanenburg";
    private const string SavingsWorry = "De eigenaren hebben in " + Marker + " meteen een taakstelling ingeboekt, nog voor de organisatie draaide.";

    [Fact]
    public async Task OpenAnswers_TenRespondents_ThemesCountedInTheResultsAndTheWordsKeptNowhere()
    {
        var invitation = await Scenario.StartAsync();
        var roundId = RoundScenario.RoundId(invitation);
        var answers = new[] { SavingsWorry, SavingsWorry, SavingsWorry, SavingsWorry, SavingsWorry, SavingsWorry, "overslaan", "skip", "Fijn weekend allemaal!", "Prima samenwerking tot nu toe." };

        for (var i = 0; i < answers.Length; i++)
        {
            var id = $"29:open{i}";
            var (_, personal) = await Scenario.JoinAsync(id, invitation);
            var results = await Scenario.AnswerQuickCheckAsync(id, personal!, i % 3, 1);
            Assert.Contains("grootste knelpunt", results!.Texts, StringComparison.Ordinal);
            Assert.Contains("telt mee in de ronde voor ISD Rivierenland", results.Texts, StringComparison.Ordinal);

            var reply = (await Scenario.Personal(id, personal!).SayAsync(answers[i])).Texts;

            Assert.Contains(
                answers[i] == SavingsWorry ? "telt mee als thema in de ronde: Taakstelling vanaf de start"
                    : answers[i] is "overslaan" or "skip" ? "overgeslagen"
                    : "geen van de drie valkuilen",
                reply,
                StringComparison.Ordinal);
        }

        var stored = (await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round;
        Assert.Equal(6, stored.Responses.Count(r => r.ThemeIds.SequenceEqual(["owner-savings-target"])));
        Assert.Equal(4, stored.Responses.Count(r => r.ThemeIds.Count == 0));

        var closed = AllText((await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten")).LastCard);

        Assert.Contains("Taakstelling vanaf de start: 6 deelnemers", closed, StringComparison.Ordinal);
        Assert.DoesNotContain(Marker, closed, StringComparison.Ordinal);
        await Host.DisposeAsync();
        Assert.All(Directory.EnumerateFiles(Host.DataDirectory, "*", SearchOption.AllDirectories), file =>
            Assert.DoesNotContain(Marker, Encoding.UTF8.GetString(File.ReadAllBytes(file)), StringComparison.Ordinal));
        Host = await TestBotHost.StartAsync(Host.DataDirectory);
    }

    [Fact]
    public async Task OpenAnswer_ACommandInstead_EndsTheWaitAndTheCommandRuns()
    {
        var invitation = await Scenario.StartAsync();
        var roundId = RoundScenario.RoundId(invitation);
        var (_, personal) = await Scenario.JoinAsync("29:busy", invitation);
        await Scenario.AnswerQuickCheckAsync("29:busy", personal!, 0, 1);
        var me = Scenario.Personal("29:busy", personal!);

        var help = await me.SayAsync("help");
        var later = await me.SayAsync(SavingsWorry);

        Assert.Contains("snelle check", AllText(help.LastCard), StringComparison.Ordinal);
        Assert.DoesNotContain("thema", help.Texts + later.Texts, StringComparison.Ordinal);
        Assert.Empty(Assert.Single((await Scenario.Store.GetAsync(Activities.Tenant, roundId, default))!.Round.Responses).ThemeIds);
    }

    [Fact]
    public async Task OpenAnswer_FullCheckStartedFromTheResultsCard_OverslaanSkipsTheQuestionInstead()
    {
        var invitation = await Scenario.StartAsync();
        var (_, personal) = await Scenario.JoinAsync("29:eager", invitation);
        var results = await Scenario.AnswerQuickCheckAsync("29:eager", personal!, 0, 1);
        var me = Scenario.Personal("29:eager", personal!);
        var resultsCard = results!.Cards.First(card => CardData.Actions(card).Any(a => a["data"]?["action"]?.GetValue<string>() == "fullCheck"));

        var first = await me.SubmitAsync("results", resultsCard, "fullCheck");
        var skipped = await me.SayAsync("overslaan");

        Assert.Contains(first.Cards, CardData.IsQuestion);
        Assert.DoesNotContain("overgeslagen", skipped.Texts, StringComparison.Ordinal);
        Assert.Contains(skipped.Cards, CardData.IsQuestion);
        Assert.NotEqual(AllText(first.Cards.Last(CardData.IsQuestion)), AllText(skipped.Cards.Last(CardData.IsQuestion)));
    }

    [Fact]
    public async Task OpenAnswer_EnglishClientUserChoseDutch_RepliesInDutch()
    {
        var invitation = await Scenario.StartAsync();
        var (_, personal) = await Scenario.JoinAsync("29:nl-in-en", invitation);
        // A Teams client set to English (as the Agents Playground is), whose user chose Dutch.
        var englishClient = new BotConversation(Host, Connector, "29:nl-in-en", personal!, locale: "en-US");
        await englishClient.SayAsync("nederlands");
        await Scenario.AnswerQuickCheckAsync("29:nl-in-en", personal!, 0, 1);

        var reply = (await englishClient.SayAsync(SavingsWorry)).Sent.Last().Json!["text"]!.GetValue<string>();

        Assert.Contains("telt mee als thema in de ronde: Taakstelling vanaf de start", reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenAnswer_NineRespondents_ThemesStayHidden()
    {
        var invitation = await Scenario.StartAsync();
        for (var i = 0; i < 9; i++)
        {
            var id = $"29:few{i}";
            var (_, personal) = await Scenario.JoinAsync(id, invitation);
            await Scenario.AnswerQuickCheckAsync(id, personal!, i % 3, 1);
            await Scenario.Personal(id, personal!).SayAsync(SavingsWorry);
        }

        var closed = AllText((await Scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten")).LastCard);

        Assert.DoesNotContain("Taakstelling vanaf de start: ", closed, StringComparison.Ordinal);
        Assert.Contains("pas vanaf 10 deelnemers", closed, StringComparison.Ordinal);
    }

    private static string AllText(System.Text.Json.Nodes.JsonNode? node) => RoundHostTests.AllText(node);
}
