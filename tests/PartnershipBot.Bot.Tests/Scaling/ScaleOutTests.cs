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

        var checks = Enumerable.Range(0, 6).Select(i => new AlternatingQuickCheck(new BotConversation(hosts[0], _connector, $"29:scale-{i}", $"a:scale-{i}"), i)).ToList();

        await Task.WhenAll(checks.Select(c => Task.Run(() => c.RunAsync(t => hosts[t % hosts.Count]))));

        Assert.All(checks, c =>
        {
            Assert.Contains("Uitkomst van uw snelle check", c.LastText, StringComparison.Ordinal);
            Assert.Equal(c.Questions.Count, c.Questions.Distinct(StringComparer.Ordinal).Count());
        });
        Assert.Single(checks.Select(c => c.Questions.Count).Distinct());
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
            // The consultant's private progress card, read on every instance: all six joined and finished.
            var results = await scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
            var progress = RoundHostTests.AllText(RoundScenario.PrivateCards(results)[0]);
            Assert.Contains("Doen mee 6", progress, StringComparison.Ordinal);
            Assert.Contains("Check afgerond · Eigenaren 3", progress, StringComparison.Ordinal);
            Assert.Contains("Check afgerond · Opdrachtgevers 3", progress, StringComparison.Ordinal);
        }
    }

    [SkippableFact]
    public async Task Unreachable_MarkedOnOneInstance_IsClearedWhenTheUserTalksThroughAnother()
    {
        var hosts = await StartAsync(2);
        var user = new BotConversation(hosts[0], _connector, Activities.UserId, "a:unreachable-1");
        await user.SayAsync("help");
        // A reminder sent from the other instance found the bot removed (403) ...
        await hosts[1].Services.GetRequiredService<PartnershipBot.Scheduling.UnreachableTargets>().MarkAsync(Activities.Tenant, Activities.UserId, "403", default);

        // ... and the user, having added it again, talks through the first instance.
        await user.SayAsync("help");

        Assert.False(await hosts[1].Services.GetRequiredService<PartnershipBot.Scheduling.UnreachableTargets>().IsUnreachableAsync(Activities.Tenant, Activities.UserId, default));
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
}
