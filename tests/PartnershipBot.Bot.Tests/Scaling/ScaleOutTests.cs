using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Storage;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Rounds;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// Three instances of the real host (each its own process state: no shared cache, queue or
/// deduplicator) on one PostgreSQL database, as behind App Service's load balancer.
/// </summary>
public sealed class ScaleOutTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private readonly List<TestBotHost> _hosts = [];
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        await _connector.DisposeAsync();
    }

    [SkippableFact]
    public async Task QuickChecks_TurnsAlternatingBetweenInstances_AllReachTheirResultsAskingEachQuestionOnce()
    {
        var hosts = await StartAsync(3);

        var outcomes = await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(() =>
            QuickCheckAsync(new BotConversation(hosts[0], _connector, $"29:scale-{i}", $"a:scale-{i}"), hosts, i))));

        Assert.All(outcomes, o =>
        {
            Assert.Contains("Uitkomst van uw snelle check", o.Results, StringComparison.Ordinal);
            Assert.Equal(o.Questions.Count, o.Questions.Distinct(StringComparer.Ordinal).Count());
        });
        Assert.Single(outcomes.Select(o => o.Questions.Count).Distinct());
    }

    [SkippableFact]
    public async Task Round_ParticipantsAnsweringThroughDifferentInstances_AreCountedOnEveryInstance()
    {
        var hosts = await StartAsync(3);
        var scenarios = hosts.Select(h => new RoundScenario(h, _connector)).ToList();
        var invitation = await scenarios[0].StartAsync(minimumSize: "3");
        var roundId = RoundScenario.RoundId(invitation);

        // Six people, each joining and answering through another instance than the one before.
        for (var i = 0; i < 6; i++)
        {
            var scenario = scenarios[i % 3];
            var (_, personal) = await scenario.JoinAsync($"29:member-{i}", invitation);
            Assert.NotNull(await scenario.AnswerQuickCheckAsync($"29:member-{i}", personal!, i % 2, 1));
        }

        foreach (var host in hosts)
        {
            var round = await host.Services.GetRequiredService<RoundStore>().GetAsync(Activities.Tenant, roundId, default);
            Assert.Equal(6, round!.Round.Responses.Count);
        }

        foreach (var scenario in scenarios)
        {
            var results = await scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
            Assert.Contains("Alle deelnemers · 6 deelnemers", CardData.AllText(results.LastCard), StringComparison.Ordinal);
        }
    }

    private async Task<IReadOnlyList<TestBotHost>> StartAsync(int count)
    {
        var settings = PostgresHostTests.PostgresSettings(database.ConnectionString);
        settings["Rounds:Admins:0"] = "29:admin";
        // Started together on a database the schema may not be in yet: the advisory lock orders them.
        var hosts = await Task.WhenAll(Enumerable.Range(0, count).Select(_ => TestBotHost.StartAsync(settings: settings)));
        _hosts.AddRange(hosts);
        return hosts;
    }

    /// <summary>The quick check with turn t of conversation i on instance (i + t) mod n; the question texts asked and the results.</summary>
    internal static async Task<(List<string> Questions, string Results)> QuickCheckAsync(BotConversation user, IReadOnlyList<TestBotHost> hosts, int i)
    {
        var questions = new List<string>();
        user.Host = hosts[i % hosts.Count];
        var card = (await user.SayAsync("snelle check")).LastCard;
        for (var t = 1; t < 30 && CardData.IsQuestion(card); t++)
        {
            questions.Add(CardData.AllText(card));
            user.Host = hosts[(i + t) % hosts.Count];
            var choices = CardData.ChoiceSet(card)!["choices"]!.AsArray().Count;
            var turn = await user.SubmitAsync($"q-{t}", card, "answer", (CardData.InputId(card), CardData.Option(card, (t == 1 ? i : t) % Math.Min(3, choices))));
            card = turn.Cards.Where(c => c.ToJsonString().Contains("Uitkomst", StringComparison.Ordinal) || CardData.IsQuestion(c)).LastOrDefault() ?? new JsonObject();
        }

        return (questions, CardData.AllText(card));
    }
}
