using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage;

/// <summary>
/// The SQLite file has two writers: the document writer and Quartz's job store. When one holds the write lock
/// the other gets SQLITE_BUSY, and Microsoft.Data.Sqlite (which sets no busy timeout of its own) then retries in
/// managed code after sleeping 150 ms each time, so every collision cost a turn or a reminder 150 ms. With
/// <c>busy_timeout</c> set on the connection SQLite's own handler waits instead, in steps of a few milliseconds,
/// and returns as soon as the lock is free; the managed retry stays behind it for the rare case SQLite reports
/// busy without waiting.
/// </summary>
internal static class SqliteBusyWait
{
    /// <summary>How long SQLite itself waits for the lock before it reports busy (per statement).</summary>
    public const int TimeoutMilliseconds = 5_000;

    public const string Pragma = "PRAGMA busy_timeout = 5000";

    /// <summary>Quartz's connections to the bot's file, each opened with the busy timeout.</summary>
    public static DbDataSource DataSource(string connectionString) => new WaitingDataSource(connectionString);

    private sealed class WaitingDataSource(string connectionString) : DbDataSource
    {
        public override string ConnectionString => connectionString;

        protected override DbConnection CreateDbConnection() => new WaitingConnection(connectionString);
    }

    private sealed class WaitingConnection(string connectionString) : SqliteConnection(connectionString)
    {
        public override void Open()
        {
            base.Open();
            using var command = CreateCommand();
            command.CommandText = Pragma;
            command.ExecuteNonQuery();
        }
    }
}
