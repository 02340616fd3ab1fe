using Microsoft.Data.Sqlite;
using Npgsql;
using PartnershipBot.Bot.Tests.Connector;
using PartnershipBot.Bot.Tests.Hosting;
using PartnershipBot.Bot.Tests.Storage;

namespace PartnershipBot.Bot.Tests.Scaling;

/// <summary>
/// Replies survive a crash: the last answer of a check is saved, then the bot process dies (SIGKILL) while
/// the results card is being sent. The channel's retry of that activity, or (when no retry comes) the outbox
/// sweeper, delivers the results card - exactly once, counted at the stub connector - on SQLite after a
/// restart on the same file and on PostgreSQL at another instance.
/// </summary>
public sealed class CrashedTurnTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IAsyncLifetime
{
    /// <summary>A short lease so that the test's retry finds it run out; the sweeper off unless a test wants it.</summary>
    private static readonly Dictionary<string, string?> RetryOnly = new() { ["Outbox:Lease"] = "00:00:01", ["Outbox:SweepInterval"] = "01:00:00" };

    private static readonly Dictionary<string, string?> SweeperOnly = new() { ["Outbox:Lease"] = "00:00:01", ["Outbox:SweepInterval"] = "00:00:01" };

    private RecordingConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await RecordingConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task KilledBeforeTheResultsCard_RetryAfterARestartOnSqlite_DeliversItOnce()
    {
        var folder = TestBotHost.NewDataDirectory();
        var crashed = new CrashedTurn(_connector, "crash-sqlite-retry");
        await crashed.AnswerAllAndKillAsync(await BotProcess.StartAsync(RetryOnly, folder));

        await using var restarted = await BotProcess.StartAsync(RetryOnly, folder);

        await AssertTheRetryDeliversOnceAsync(crashed, restarted, () => SqliteOutboxAsync(folder));
    }

    [Fact]
    public async Task KilledBeforeTheResultsCard_NoRetry_TheSweeperAfterARestartOnSqliteDeliversItOnce()
    {
        var folder = TestBotHost.NewDataDirectory();
        var crashed = new CrashedTurn(_connector, "crash-sqlite-sweep");
        await crashed.AnswerAllAndKillAsync(await BotProcess.StartAsync(SweeperOnly, folder));

        await using var restarted = await BotProcess.StartAsync(SweeperOnly, folder);
        await crashed.WaitForResultsAsync();
        var retry = await crashed.RetryAsync(restarted);

        Assert.Equal(200, retry);
        Assert.Equal(1, crashed.ResultsDelivered);
        Assert.Equal(crashed.User.UserId, crashed.DeliveredResults.Json?["recipient"]?["id"]?.GetValue<string>());
    }

    [SkippableFact]
    public async Task KilledBeforeTheResultsCard_RetryReachingAnotherPostgresInstance_DeliversItOnce()
    {
        var settings = Postgres(await database.CreateDatabaseAsync("pbot_crash_" + Guid.NewGuid().ToString("N")[..12]), RetryOnly);
        await using var other = await BotProcess.StartAsync(settings);
        var crashed = new CrashedTurn(_connector, "crash-pg-retry");
        await crashed.AnswerAllAndKillAsync(await BotProcess.StartAsync(settings));

        await AssertTheRetryDeliversOnceAsync(crashed, other, () => PostgresOutboxAsync(settings));
    }

    [SkippableFact]
    public async Task KilledBeforeTheResultsCard_NoRetry_OneOfTwoPostgresSweepersDeliversItOnce()
    {
        var settings = Postgres(await database.CreateDatabaseAsync("pbot_crash_" + Guid.NewGuid().ToString("N")[..12]), SweeperOnly);
        await using var b = await BotProcess.StartAsync(settings);
        await using var c = await BotProcess.StartAsync(settings);
        var crashed = new CrashedTurn(_connector, "crash-pg-sweep");
        await crashed.AnswerAllAndKillAsync(await BotProcess.StartAsync(settings));

        await crashed.WaitForResultsAsync();
        // Both survivors keep sweeping; a retry now (to either) must not bring a second card either.
        var retry = await crashed.RetryAsync(c);

        Assert.Equal(200, retry);
        Assert.Equal(1, crashed.ResultsDelivered);
    }

    /// <summary>The retry (once the dead sender's lease ran out) brings the results card, threaded on the answer; a second retry brings nothing.</summary>
    private static async Task AssertTheRetryDeliversOnceAsync(CrashedTurn crashed, IBotInstance instance, Func<Task<IReadOnlyList<string>>> outbox)
    {
        await WaitForLeaseToRunOutAsync(outbox);
        var status = await crashed.RetryAsync(instance);
        await crashed.WaitForResultsAsync();
        var again = await crashed.RetryAsync(instance);

        Assert.Equal(200, status);
        Assert.Equal(200, again);
        Assert.Equal(1, crashed.ResultsDelivered);
        Assert.Equal(crashed.LastAnswer["id"]!.GetValue<string>(), crashed.DeliveredResults.Json?["replyToId"]?.GetValue<string>());
        Assert.Empty(await outbox());
    }

    private static Dictionary<string, string?> Postgres(string connectionString, Dictionary<string, string?> outbox) =>
        new(PostgresHostTests.PostgresSettings(connectionString).Concat(outbox));

    /// <summary>
    /// The retry may take over only after the dead sender's lease: wait until the saved lease's time (read
    /// from the database, one second after the save) has passed, instead of guessing how long a restart takes.
    /// </summary>
    private static async Task WaitForLeaseToRunOutAsync(Func<Task<IReadOnlyList<string>>> outbox)
    {
        var documents = await outbox();
        Assert.NotEmpty(documents);
        var leaseUntil = documents.Max(d => System.Text.Json.Nodes.JsonNode.Parse(d)!["leaseUntil"]!.GetValue<DateTimeOffset>());
        var remaining = leaseUntil - DateTimeOffset.UtcNow;
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining + TimeSpan.FromMilliseconds(50));
        }
    }

    private static async Task<IReadOnlyList<string>> SqliteOutboxAsync(string folder)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = Path.Combine(folder, "partnershipbot.db"), Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        await connection.OpenAsync();
        return await ValuesAsync(connection.CreateCommand());
    }

    private static async Task<IReadOnlyList<string>> PostgresOutboxAsync(Dictionary<string, string?> settings)
    {
        await using var dataSource = NpgsqlDataSource.Create(settings["ConnectionStrings:Postgres"]!);
        return await ValuesAsync(dataSource.CreateCommand());
    }

    private static async Task<IReadOnlyList<string>> ValuesAsync(System.Data.Common.DbCommand command)
    {
        await using (command)
        {
            command.CommandText = "SELECT value FROM store WHERE key >= 'outbox/' AND key < 'outbox0'";
            var values = new List<string>();
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                values.Add(reader.GetString(0));
            }

            return values;
        }
    }
}
