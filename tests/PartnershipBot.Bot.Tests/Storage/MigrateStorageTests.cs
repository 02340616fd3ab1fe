using Npgsql;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Scaling;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Storage.Migration;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary><c>migrate-storage</c>: a pilot's SQLite state moved to PostgreSQL, and the bot there shows the same.</summary>
public sealed class MigrateStorageTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [SkippableFact]
    public async Task Migrate_PilotWithHistoryAndARound_TheBotOnPostgresShowsTheSameHistoryAndRoundResults()
    {
        var target = await server.CreateDatabaseAsync("pbot_migrate_" + Guid.NewGuid().ToString("N")[..12]);
        var admins = new Dictionary<string, string?> { ["Rounds:Admins:0"] = "29:admin" };
        var pilot = await TestBotHost.StartAsync(settings: admins);
        var (history, results) = await ShowHistoryAndRoundAsync(pilot, prepare: true);
        await pilot.DisposeAsync();
        var output = new StringWriter();

        var exit = await MigrateStorageCommand.RunAsync(["--from", "sqlite:" + Path.Combine(pilot.DataDirectory, "partnershipbot.db"), "--to", "postgres:" + target], output, default);

        Assert.Equal(0, exit);
        Assert.Matches(@"Copied (\d+) documents and verified all \1 in the target", output.ToString());
        var settings = PostgresHostTests.PostgresSettings(target);
        settings["Rounds:Admins:0"] = "29:admin";
        await using var production = await TestBotHost.StartAsync(settings: settings);
        var (historyAfter, resultsAfter) = await ShowHistoryAndRoundAsync(production, prepare: false);
        Assert.Contains("Uw eerdere checks", history, StringComparison.Ordinal);
        Assert.Contains("snelle check", history, StringComparison.Ordinal);
        Assert.Equal(history, historyAfter);
        Assert.Contains("Eigenaren · 3 deelnemers", results, StringComparison.Ordinal);
        Assert.Equal(results, resultsAfter);
    }

    [SkippableFact]
    public async Task Migrate_IntoANonEmptyTarget_RefusesUnlessForced()
    {
        var target = await server.CreateDatabaseAsync("pbot_migrate_" + Guid.NewGuid().ToString("N")[..12]);
        var source = TestBotHost.NewDataDirectory();
        using (var sqlite = new PartnershipBot.Storage.SqliteStorage(Path.Combine(source, "bot.db")))
        {
            await sqlite.WriteAsync(new Dictionary<string, PartnershipBot.Storage.StoreItem> { ["a"] = new("1", null), ["b"] = new("2", null) }, default);
        }

        string[] args = ["--from", "sqlite:" + Path.Combine(source, "bot.db"), "--to", "postgres:" + target];
        Assert.Equal(0, await MigrateStorageCommand.RunAsync(args, TextWriter.Null, default));
        await using (var dataSource = NpgsqlDataSource.Create(target))
        await using (var change = dataSource.CreateCommand("UPDATE store SET value = 'changed in production' WHERE key = 'a'"))
        {
            await change.ExecuteNonQueryAsync();
        }

        var refused = new StringWriter();
        var refusedExit = await MigrateStorageCommand.RunAsync(args, refused, default);
        var forcedExit = await MigrateStorageCommand.RunAsync([.. args, "--force"], TextWriter.Null, default);

        Assert.Equal(1, refusedExit);
        Assert.Contains("already holds 2 documents; nothing was copied", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, forcedExit);
        await using var check = NpgsqlDataSource.Create(target);
        await using var read = check.CreateCommand("SELECT value FROM store WHERE key = 'a'");
        Assert.Equal("1", await read.ExecuteScalarAsync());
    }

    [Fact]
    public async Task Migrate_TargetDatabaseMissing_SaysSoAndCopiesNothing()
    {
        var source = TestBotHost.NewDataDirectory();
        using (var sqlite = new PartnershipBot.Storage.SqliteStorage(Path.Combine(source, "bot.db")))
        {
            await sqlite.WriteAsync(new Dictionary<string, PartnershipBot.Storage.StoreItem> { ["a"] = new("1", null) }, default);
        }

        await using var server = new LoopbackPostgresServer();
        var output = new StringWriter();

        var exit = await MigrateStorageCommand.RunAsync(["--from", "sqlite:" + Path.Combine(source, "bot.db"), "--to", $"postgres:Host=127.0.0.1;Port={server.Port};Username=u;Password=p;SslMode=Disable;Pooling=false"], output, default);

        Assert.Equal(1, exit);
        Assert.Contains("Could not use the PostgreSQL target", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Nothing was copied", output.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("Password=p", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--from", "sqlite:/x.db")]
    [InlineData("--from", "mysql:/x.db", "--to", "postgres:Host=h")]
    [InlineData("--from", "sqlite:/x.db", "--to", "postgres:Host=h", "--overwrite")]
    public async Task Migrate_WrongArguments_ExplainTheUsageAndCopyNothing(params string[] args)
    {
        var output = new StringWriter();

        var exit = await MigrateStorageCommand.RunAsync(args, output, default);

        Assert.Equal(2, exit);
        Assert.Contains("usage: migrate-storage --from sqlite:PATH --to postgres:", output.ToString(), StringComparison.Ordinal);
    }

    /// <summary>On a fresh pilot: a finished check and a round of three first. Then, on any bot: the history and round results cards' text.</summary>
    private async Task<(string History, string Results)> ShowHistoryAndRoundAsync(TestBotHost host, bool prepare)
    {
        var user = new BotConversation(host, _connector, "29:pilot-user", "a:pilot-user");
        var scenario = new RoundScenario(host, _connector);
        if (prepare)
        {
            var check = new AlternatingQuickCheck(user, 0);
            await check.RunAsync(_ => host);
            Assert.True(check.Finished);
            var invitation = await scenario.StartAsync(minimumSize: "3");
            for (var i = 0; i < 3; i++)
            {
                var (_, personal) = await scenario.JoinAsync($"29:pilot-member-{i}", invitation);
                await scenario.AnswerQuickCheckAsync($"29:pilot-member-{i}", personal!, 0, i);
            }

            await scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde sluiten");
        }

        var history = CardData.AllText((await user.SayAsync("geschiedenis")).LastCard);
        // The final release, as the consultant receives it privately: the same stored figures on either store.
        var shown = await scenario.InChannel(RoundScenario.Consultant).SayAsync("ronde resultaten");
        var results = Rounds.RoundHostTests.AllText(RoundScenario.ResultsCard(RoundScenario.PrivateCards(shown)));
        return (history, results);
    }
}
