using Microsoft.Data.Sqlite;
using Npgsql;

namespace PartnershipBot.Bench.Scale;

/// <summary>The database's size as the store sees it: SQLite's pages (WAL included), PostgreSQL's database size.</summary>
internal sealed class DatabaseSize(string store, string? postgres, string sqlitePath)
{
    public async Task<long> BytesAsync()
    {
        if (store == "postgres")
        {
            await using var pg = new NpgsqlConnection(postgres);
            await pg.OpenAsync();
            await using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", pg);
            return (long)(await command.ExecuteScalarAsync())!;
        }

        await using var connection = new SqliteConnection($"Data Source={sqlitePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        await using var pages = connection.CreateCommand();
        pages.CommandText = "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()";
        return (long)(await pages.ExecuteScalarAsync())!;
    }
}
