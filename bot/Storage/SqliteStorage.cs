using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage;

/// <summary>
/// SQLite-backed <see cref="IStorage"/>: one table of JSON documents with eTags, WAL journal so
/// reads never wait for a writer. Writes are serialised in-process (SQLite has one writer anyway)
/// on one long-lived connection, so concurrent turns queue on a semaphore instead of spinning on
/// SQLITE_BUSY, and a write costs no connection set-up. Reads use pooled connections in parallel.
/// </summary>
internal sealed class SqliteStorage : IStorage, IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly SqliteConnection _writer;

    public SqliteStorage(string databasePath)
    {
        ArgumentException.ThrowIfNullOrEmpty(databasePath);
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(databasePath))!);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        Initialise();
        _writer = new SqliteConnection(_connectionString);
        _writer.Open();
        using var pragma = _writer.CreateCommand();
        // Per connection, not persisted in the file. In WAL mode NORMAL survives a process crash;
        // only a power loss can lose the last commits.
        pragma.CommandText = "PRAGMA synchronous = NORMAL";
        pragma.ExecuteNonQuery();
    }

    public string ConnectionString => _connectionString;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        if (keys.Count == 0)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = new List<string>(keys.Count);
        var i = 0;
        foreach (var key in keys)
        {
            var name = "$k" + i++;
            names.Add(name);
            command.Parameters.AddWithValue(name, key);
        }

        command.CommandText = $"SELECT key, etag, value FROM store WHERE key IN ({string.Join(',', names)})";
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

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var transaction = (SqliteTransaction)await _writer.BeginTransactionAsync(cancellationToken);
            foreach (var (key, item) in items)
            {
                var newETag = Guid.NewGuid().ToString("N");
                if (await WriteOneAsync(_writer, transaction, key, item, newETag, cancellationToken) == 0)
                {
                    throw new StorageConflictException(key);
                }

                etags[key] = newETag;
            }

            await transaction.CommitAsync(cancellationToken);
            return etags;
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            foreach (var key in keys)
            {
                await using var command = _writer.CreateCommand();
                command.CommandText = "DELETE FROM store WHERE key = $key";
                command.Parameters.AddWithValue("$key", key);
                await command.ExecuteNonQueryAsync(cancellationToken);
            }
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var command = _writer.CreateCommand();
            // substr rather than LIKE: keys contain '%' and '_' from encoded ids.
            command.CommandText = "DELETE FROM store WHERE substr(key, 1, length($prefix)) = $prefix";
            command.Parameters.AddWithValue("$prefix", prefix);
            return await command.ExecuteNonQueryAsync(cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        _writeLock.Dispose();
    }

    private static async Task<int> WriteOneAsync(SqliteConnection connection, SqliteTransaction transaction, string key, StoreItem item, string newETag, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", item.Json);
        command.Parameters.AddWithValue("$etag", newETag);
        command.CommandText = item.ETag switch
        {
            StoreItem.AnyETag => "INSERT INTO store(key, etag, value) VALUES($key, $etag, $value) ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value",
            null => "INSERT INTO store(key, etag, value) VALUES($key, $etag, $value) ON CONFLICT(key) DO NOTHING",
            _ => "UPDATE store SET etag = $etag, value = $value WHERE key = $key AND etag = $expected",
        };
        if (item.ETag is not (null or StoreItem.AnyETag))
        {
            command.Parameters.AddWithValue("$expected", item.ETag);
        }

        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    private void Initialise()
    {
        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        // The WAL journal mode is persisted in the database file.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS store (
                key   TEXT NOT NULL PRIMARY KEY,
                etag  TEXT NOT NULL,
                value TEXT NOT NULL
            ) WITHOUT ROWID;
            """;
        command.ExecuteNonQuery();
    }
}
