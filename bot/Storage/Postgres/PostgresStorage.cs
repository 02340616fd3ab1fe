using Npgsql;
using NpgsqlTypes;

namespace PartnershipBot.Storage.Postgres;

/// <summary>
/// PostgreSQL-backed <see cref="IStorage"/> for several bot instances on one database: the same
/// table of JSON documents with eTags as the SQLite store, the eTag check done by the database
/// (<c>UPDATE … WHERE etag = $expected</c>: a concurrent writer waits on the row lock, then finds the
/// eTag changed). There is deliberately no document cache: another instance may have written any
/// document since, and an invalidation message (LISTEN/NOTIFY) arrives only after that commit, so a
/// cache could still serve the old round to a read that starts after the commit. Every read asks
/// the database, by primary key.
/// </summary>
internal sealed class PostgresStorage(NpgsqlDataSource dataSource) : IStorage, IActivityClaims
{
    private const string Upsert = "INSERT INTO store (key, etag, value) VALUES ($1, $2, $3) ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value";
    private const string Create = "INSERT INTO store (key, etag, value) VALUES ($1, $2, $3) ON CONFLICT (key) DO NOTHING";
    private const string Update = "UPDATE store SET etag = $2, value = $3 WHERE key = $1 AND etag = $4";

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var command = dataSource.CreateCommand("SELECT key, etag, value FROM store WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new StoreItem(reader.GetString(2), reader.GetString(1));
        }

        return result;
    }

    public async Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        var etags = new Dictionary<string, string>(items.Count, StringComparer.Ordinal);
        if (items.Count == 0)
        {
            return etags;
        }

        // One order for every writer: two multi-document writes then lock rows in the same order and
        // cannot deadlock each other.
        var ordered = items.OrderBy(i => i.Key, StringComparer.Ordinal).ToList();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (key, item) in ordered)
        {
            var etag = Guid.NewGuid().ToString("N");
            etags[key] = etag;
            var command = new NpgsqlBatchCommand(item.ETag switch { StoreItem.AnyETag => Upsert, null => Create, _ => Update });
            command.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = key });
            command.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = etag });
            command.Parameters.Add(new NpgsqlParameter<string>{ TypedValue = item.Json });
            if (item.ETag is not (StoreItem.AnyETag or null))
            {
                command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = item.ETag });
            }

            batch.BatchCommands.Add(command);
        }

        // A single document needs no explicit transaction: one statement is atomic on its own.
        await using var transaction = ordered.Count > 1 ? await connection.BeginTransactionAsync(cancellationToken) : null;
        batch.Transaction = transaction;
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException exception) when (exception.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure)
        {
            // The database rolled the transaction back: like a lost eTag check, re-read and try again.
            throw new StorageConflictException(ordered[0].Key);
        }

        for (var i = 0; i < ordered.Count; i++)
        {
            if (batch.BatchCommands[i].RecordsAffected == 0)
            {
                // Nothing of this write may stay: the transaction (if any) is rolled back on dispose.
                throw new StorageConflictException(ordered[i].Key);
            }
        }

        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return etags;
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        if (keys.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("DELETE FROM store WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = [.. keys], NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // Keys hold '%' and '_' from encoded ids: escaped, so LIKE matches the prefix literally.
        await using var command = dataSource.CreateCommand(@"DELETE FROM store WHERE key LIKE $1 ESCAPE '\'");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = EscapeLike(prefix) + "%" });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // A range of the primary key (COLLATE "C" orders by bytes), so the index answers it.
        await using var command = dataSource.CreateCommand("SELECT key, etag, value FROM store WHERE key >= $1 AND key < $2 ORDER BY key LIMIT $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = prefix });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = KeyRange.UpperBound(prefix) });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = limit });
        var result = new List<KeyValuePair<string, StoreItem>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new(reader.GetString(0), new StoreItem(reader.GetString(2), reader.GetString(1))));
        }

        return result;
    }

    public async Task<bool> TryClaimAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        // A concurrent claimer of the same key waits on the row lock, then sees the fresh claim and changes nothing.
        await using var command = dataSource.CreateCommand(
            "INSERT INTO activity_claims (key, expires_at) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at WHERE activity_claims.expires_at <= $3");
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = expiresAt.UtcDateTime });
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now.UtcDateTime });
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task<int> PurgeExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM activity_claims WHERE expires_at <= $1");
        command.Parameters.Add(new NpgsqlParameter<DateTime> { TypedValue = now.UtcDateTime });
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string EscapeLike(string value) =>
        value.Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
}
