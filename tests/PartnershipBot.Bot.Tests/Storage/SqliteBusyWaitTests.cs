using Microsoft.Data.Sqlite;
using PartnershipBot.Storage;

namespace PartnershipBot.Bot.Tests.Storage;

/// <summary>Quartz's connections to the bot's file let SQLite wait for the lock itself, instead of 150 ms managed sleeps.</summary>
public sealed class SqliteBusyWaitTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pbot-busy-").FullName;

    [Fact]
    public async Task DataSource_Connection_OpensWithTheBusyTimeout()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bot.db"), Pooling = false }.ToString();
        await using var dataSource = SqliteBusyWait.DataSource(connectionString);
        await using var connection = dataSource.CreateConnection();
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal((long)SqliteBusyWait.TimeoutMilliseconds, await command.ExecuteScalarAsync());
    }

    [Fact]
    public async Task PlainConnection_HasNoBusyTimeout_WhichIsWhyTheWrapperExists()
    {
        var connectionString = new SqliteConnectionStringBuilder { DataSource = Path.Combine(_folder, "bot.db"), Pooling = false }.ToString();
        await using var connection = new SqliteConnection(connectionString);
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA busy_timeout";

        Assert.Equal(0L, await command.ExecuteScalarAsync());
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
