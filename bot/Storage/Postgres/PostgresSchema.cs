using Npgsql;

namespace PartnershipBot.Storage.Postgres;

/// <summary>
/// The bot's tables and how a database gets them. Every instance applies the missing versions at
/// start, inside one transaction that first takes a transaction-level advisory lock: instances that
/// start together queue on the lock, and the second one finds the work done. Without the lock two
/// concurrent <c>CREATE TABLE IF NOT EXISTS</c> can still collide in the catalog.
/// </summary>
internal static class PostgresSchema
{
    /// <summary>An arbitrary constant that names this application's migration lock in pg_locks.</summary>
    public const long AdvisoryLockKey = 0x5042_6F74_5363_6831; // "PBotSch1"

    public static IReadOnlyList<PostgresMigration> Migrations { get; } =
    [
        new(1, "documents and activity claims", """
            -- COLLATE "C": byte order, so a prefix (a user's erasure) is a range scan of the key index.
            CREATE TABLE store (
                key   text COLLATE "C" PRIMARY KEY,
                etag  text NOT NULL,
                value text NOT NULL
            );
            CREATE TABLE activity_claims (
                key        text COLLATE "C" PRIMARY KEY,
                expires_at timestamptz NOT NULL
            );
            CREATE INDEX activity_claims_expires_at ON activity_claims (expires_at);
            """),
    ];

    /// <summary>Applies the versions the database lacks; returns the ones this call applied.</summary>
    public static async Task<IReadOnlyList<int>> ApplyAsync(NpgsqlDataSource dataSource, TimeProvider time, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue(AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var versions = new NpgsqlCommand(
            "CREATE TABLE IF NOT EXISTS partnershipbot_schema (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL)",
            connection,
            transaction))
        {
            await versions.ExecuteNonQueryAsync(cancellationToken);
        }

        var present = new HashSet<int>();
        await using (var query = new NpgsqlCommand("SELECT version FROM partnershipbot_schema", connection, transaction))
        await using (var reader = await query.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                present.Add(reader.GetInt32(0));
            }
        }

        var applied = new List<int>();
        foreach (var migration in Migrations.Where(m => !present.Contains(m.Version)).OrderBy(m => m.Version))
        {
            await using (var apply = new NpgsqlCommand(migration.Sql, connection, transaction))
            {
                await apply.ExecuteNonQueryAsync(cancellationToken);
            }

            await using var record = new NpgsqlCommand("INSERT INTO partnershipbot_schema (version, name, applied_at) VALUES ($1, $2, $3)", connection, transaction);
            record.Parameters.AddWithValue(migration.Version);
            record.Parameters.AddWithValue(migration.Name);
            record.Parameters.AddWithValue(time.GetUtcNow());
            await record.ExecuteNonQueryAsync(cancellationToken);
            applied.Add(migration.Version);
        }

        await transaction.CommitAsync(cancellationToken);
        return applied;
    }
}
