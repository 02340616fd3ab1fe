using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Storage;
using PartnershipBot.Bot.Tests.Turns;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// Three bot processes on one PostgreSQL database; one is killed with SIGKILL while every
/// conversation is half-way through its check. Its conversations go on at the other two.
/// </summary>
public sealed class InstanceKilledTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>
{
    [SkippableFact]
    public async Task KillOneOfThreeMidRun_EveryConversationFinishesWithNoAnswerLostOrAskedTwice()
    {
        var settings = PostgresHostTests.PostgresSettings(database.ConnectionString);
        await using var connector = await RecordingConnector.StartAsync();
        var processes = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => BotProcess.StartAsync(settings)));
        try
        {
            var checks = Enumerable.Range(0, 9)
                .Select(i => new AlternatingQuickCheck(new BotConversation(processes[0], connector, $"29:killed-{i}", $"a:killed-{i}"), i))
                .ToList();
            IBotInstance Route(int t)
            {
                var live = processes.Where(p => p.IsAlive).ToList();
                return live[t % live.Count];
            }

            await Task.WhenAll(checks.Select(c => Task.Run(() => c.RunAsync(Route, untilTurn: 6))));
            await processes[1].KillAsync();
            await Task.WhenAll(checks.Select(c => Task.Run(() => c.RunAsync(Route))));

            Assert.All(checks, c =>
            {
                Assert.True(c.Finished);
                Assert.Contains("Uitkomst van uw snelle check", c.LastText, StringComparison.Ordinal);
                Assert.Equal(c.Questions.Count, c.Questions.Distinct(StringComparer.Ordinal).Count());
            });
            Assert.Single(checks.Select(c => c.Questions.Count).Distinct());
            Assert.True(checks[0].Questions.Count > 6);
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }
        }
    }
}
