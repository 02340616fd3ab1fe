using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Rounds;
using PartnershipBot.Bot.Tests.Scaling;
using PartnershipBot.Bot.Tests.Scheduling;
using PartnershipBot.Bot.Tests.Turns;
using PartnershipBot.Scheduling;
using PartnershipBot.Storage.Migration;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary><c>migrate-storage</c>: a pilot's SQLite state moved to PostgreSQL, and the bot there shows the same.</summary>
public sealed class MigrateStorageTests(PostgresDatabase server) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    private const string Owner = "29:pilot-owner";
    private const string Other = "29:pilot-other";
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);
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
    public async Task Migrate_PilotWithReminders_TheBotOnPostgresListsThemAndDeliversEachOccurrenceOnce()
    {
        var target = await server.CreateDatabaseAsync("pbot_migrate_" + Guid.NewGuid().ToString("N")[..12]);
        var settings = ReminderSettings.AlwaysWorking();
        // On the running pilot: a personal action (due in ten days) and a daily reminder that comes due at once and fires there.
        var pilot = await TestBotHost.StartAsync(settings: settings);
        var owner = new BotConversation(pilot, _connector, Owner, "a:pilot-owner");
        var form = (await owner.SayAsync("opvolging")).LastCard;
        var planned = await owner.ExecuteAsync("card-1", form, "actionCreate", ("actionDescription", "begroting delen (Jan)"), ("actionDue", InTenDays(pilot)));
        Assert.Contains("De actie is vastgelegd.", planned.Texts, StringComparison.Ordinal);
        await pilot.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(FollowUp(Owner, "daily-marker", new ReminderRecurrence(1, RecurrenceUnit.Days)), default);
        await _connector.WaitUntilAsync(requests => Delivered(requests, "daily-marker") >= 1, Patience);
        await pilot.DisposeAsync();
        // While the pilot is down for the move, another reminder comes due: it has not fired anywhere yet.
        string listOnSqlite;
        await using (var stopped = await TestBotHost.StartAsync(pilot.DataDirectory, settings, TestBotHost.WithoutSchedulerRunning))
        {
            await stopped.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(FollowUp(Other, "due-marker", null), default);
            listOnSqlite = (await new BotConversation(stopped, _connector, Owner, "a:pilot-owner").SayAsync("herinneringen")).LastCard.ToJsonString();
        }

        string[] args = ["--from", "sqlite:" + Path.Combine(pilot.DataDirectory, "partnershipbot.db"), "--to", "postgres:" + target];
        var output = new StringWriter();
        var exit = await MigrateStorageCommand.RunAsync(args, output, default);
        var refused = new StringWriter();
        var refusedExit = await MigrateStorageCommand.RunAsync(args, refused, default);
        var again = new StringWriter();
        var againExit = await MigrateStorageCommand.RunAsync([.. args, "--force"], again, default);

        Assert.Equal(0, exit);
        Assert.Contains("documents, 3 scheduled reminders.", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("Reminders: copied 3 and verified all 3 in the target (same keys, specs and fire times); 0 already present", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(1, refusedExit);
        Assert.Contains("and 3 scheduled reminders; nothing was copied", refused.ToString(), StringComparison.Ordinal);
        Assert.Equal(0, againExit);
        Assert.Contains("Reminders: copied 0 and verified all 0 in the target (same keys, specs and fire times); 3 already present", again.ToString(), StringComparison.Ordinal);
        var production = PostgresHostTests.PostgresSettings(target);
        foreach (var (key, value) in settings)
        {
            production[key] = value;
        }

        // The same list, read before any scheduler on PostgreSQL could move a trigger on.
        await using (var reader = await TestBotHost.StartAsync(settings: production, configure: TestBotHost.WithoutSchedulerRunning))
        {
            var listOnPostgres = (await new BotConversation(reader, _connector, Owner, "a:pilot-owner").SayAsync("herinneringen")).LastCard.ToJsonString();
            Assert.Contains("Actie: begroting delen (Jan)", listOnPostgres, StringComparison.Ordinal);
            Assert.Contains("Afspraak: daily-marker", listOnPostgres, StringComparison.Ordinal);
            Assert.Equal(listOnSqlite, listOnPostgres);
        }

        await using var running = await TestBotHost.StartAsync(settings: production);
        await _connector.WaitUntilAsync(requests => Delivered(requests, "due-marker") >= 1, Patience);
        // Done means nothing due and nothing in flight: only then are the counts final.
        Assert.Equal(0, await WaitUntilNothingDueAsync(target));
        Assert.Equal(1, Delivered(_connector.Requests, "due-marker"));
        Assert.Equal(1, Delivered(_connector.Requests, "daily-marker"));
    }

    [SkippableFact]
    public async Task Migrate_ForcedAfterProductionScheduledMore_TheIndexIsRebuiltAndListsEveryReminder()
    {
        var target = await server.CreateDatabaseAsync("pbot_migrate_" + Guid.NewGuid().ToString("N")[..12]);
        var settings = ReminderSettings.AlwaysWorking();
        var pilot = await TestBotHost.StartAsync(settings: settings, configure: TestBotHost.WithoutSchedulerRunning);
        var fromPilot = await pilot.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(FollowUp(Owner, "from-pilot", null) with { FirstDueUtc = DateTimeOffset.UtcNow.AddDays(20) }, default);
        await pilot.DisposeAsync();
        string[] args = ["--from", "sqlite:" + Path.Combine(pilot.DataDirectory, "partnershipbot.db"), "--to", "postgres:" + target];
        Assert.Equal(0, await MigrateStorageCommand.RunAsync(args, TextWriter.Null, default));
        var production = PostgresHostTests.PostgresSettings(target);
        foreach (var (key, value) in settings)
        {
            production[key] = value;
        }

        ScheduledReminder fromProduction;
        await using (var first = await TestBotHost.StartAsync(settings: production, configure: TestBotHost.WithoutSchedulerRunning))
        {
            fromProduction = await first.Services.GetRequiredService<IReminderScheduler>().ScheduleAsync(FollowUp(Owner, "from-production", null) with { FirstDueUtc = DateTimeOffset.UtcNow.AddDays(21) }, default);
        }

        // Run again by mistake: the pilot's index entry for the owner overwrites production's, which also named the new reminder.
        var forced = new StringWriter();
        Assert.Equal(0, await MigrateStorageCommand.RunAsync([.. args, "--force"], forced, default));

        Assert.Contains("The reminder index is rebuilt from every reminder in the target when the bot next starts", forced.ToString(), StringComparison.Ordinal);
        await using var restarted = await TestBotHost.StartAsync(settings: production, configure: TestBotHost.WithoutSchedulerRunning);
        await restarted.Services.GetServices<Microsoft.Extensions.Hosting.IHostedService>().OfType<ReminderIndexBuilder>().Single().ExecuteTask!;
        var listed = await restarted.Services.GetRequiredService<IReminderScheduler>().ListAsync(Activities.Tenant, Owner, default);
        Assert.Equal(new[] { fromPilot.Id, fromProduction.Id }.Order(), listed.Select(r => r.Id).Order());
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
        Assert.Contains("already holds 2 documents and 0 scheduled reminders; nothing was copied", refused.ToString(), StringComparison.Ordinal);
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

    private static string InTenDays(TestBotHost host) =>
        host.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A follow-up for <paramref name="ownerId"/>, due now, delivered through the recording connector.</summary>
    private ReminderSpec FollowUp(string ownerId, string marker, ReminderRecurrence? recurrence) => new(
        Activities.Tenant,
        ownerId,
        FollowUpReminderHandler.FollowUpKind,
        "follow-up",
        new FollowUpPayload(_connector.ServiceUrl, "msteams", Activities.BotId, "PartnershipBot", ownerId, "Gebruiker", "Jan", marker, "nl-NL").ToJson(),
        DateTimeOffset.UtcNow,
        recurrence,
        "Afspraak: " + marker);

    /// <summary>How many proactive messages carrying <paramref name="marker"/> the bot sent (a reply, such as a list, goes to <c>…/activities/{id}</c>).</summary>
    private static int Delivered(IReadOnlyList<RecordedRequest> requests, string marker) =>
        requests.Count(r => r.Method == "POST" && r.RawTarget.EndsWith("/activities", StringComparison.Ordinal) && r.Body.Contains(marker, StringComparison.Ordinal));

    /// <summary>Waits until no trigger in <paramref name="connectionString"/>'s job store is due and none is being fired; returns how many still are.</summary>
    private static async Task<long> WaitUntilNothingDueAsync(string connectionString)
    {
        var deadline = DateTimeOffset.UtcNow + Patience;
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        while (true)
        {
            await using var query = dataSource.CreateCommand("SELECT (SELECT count(*) FROM qrtz_triggers WHERE next_fire_time <= $1) + (SELECT count(*) FROM qrtz_fired_triggers)");
            query.Parameters.AddWithValue(DateTimeOffset.UtcNow.UtcTicks);
            var left = (long)(await query.ExecuteScalarAsync())!;
            if (left == 0 || DateTimeOffset.UtcNow >= deadline)
            {
                return left;
            }

            await Task.Delay(100);
        }
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
