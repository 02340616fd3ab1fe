using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage;

/// <summary>
/// SQLite-backed <see cref="IStorage"/>: one table of JSON documents with eTags, WAL journal so
/// reads never wait for a writer. Writes, deletes included, go through one long-lived connection
/// (SQLite has one writer anyway) in a <see cref="SqliteWriteQueue"/> that commits whatever queued
/// up together, so concurrent turns share a transaction instead of spinning on SQLITE_BUSY. What this
/// process wrote is read back from a <see cref="DocumentCache"/>; other reads use pooled connections
/// in parallel. One process owns a database file: a second one writing it is safe (eTags are checked
/// in the database) but could read this process's cached documents stale.
/// </summary>
internal sealed class SqliteStorage : IStorage, IActivityClaims, IDisposable
{
    /// <summary>Documents kept in memory by default: a few thousand conversations' state, some MB.</summary>
    public const int DefaultCacheDocuments = 10_000;

    private readonly string _connectionString;
    private readonly SqliteWriteQueue _writes;
    private readonly DocumentCache _cache;

    /// <param name="beforeBatch">Test seam: awaited by the writer before it takes each batch.</param>
    public SqliteStorage(string databasePath, int cacheDocuments = DefaultCacheDocuments, Func<Task>? beforeBatch = null, int cacheDocumentMaxLength = DocumentCache.DefaultMaxDocumentLength)
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
        var writer = new SqliteConnection(_connectionString);
        writer.Open();
        using var pragma = writer.CreateCommand();
        // Per connection, not persisted in the file. In WAL mode NORMAL survives a process crash;
        // only a power loss can lose the last commits.
        // The writer reads every page it changes. Its page cache (allocated as used) holds the hot pages;
        // the rest come from the operating system's file cache, which is shared and reclaimable. No
        // memory-mapped reads: mapped pages count as the process's resident memory and grow with the file.
        // While Quartz writes the same file, SQLite itself waits for the lock (SqliteBusyWait).
        // secure_delete: space freed by an overwrite or a delete is zeroed, not only marked free, so an open answer held
        // in the dialog state until the check ends, or a document erased on request, leaves no readable bytes behind.
        pragma.CommandText = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -16384; PRAGMA secure_delete = ON; " + SqliteBusyWait.Pragma;
        pragma.ExecuteNonQuery();
        _cache = new DocumentCache(cacheDocuments, cacheDocumentMaxLength);
        _writes = new SqliteWriteQueue(writer, _cache, beforeBatch);
    }

    public string ConnectionString => _connectionString;

    public async Task<IReadOnlyDictionary<string, StoreItem>> ReadAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var result = new Dictionary<string, StoreItem>(keys.Count, StringComparer.Ordinal);
        List<string>? missing = null;
        foreach (var key in keys)
        {
            if (_cache.TryGet(key, out var cached))
            {
                result[key] = cached;
            }
            else
            {
                (missing ??= new List<string>(keys.Count)).Add(key);
            }
        }

        if (missing is null)
        {
            return result;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        var names = new List<string>(missing.Count);
        for (var i = 0; i < missing.Count; i++)
        {
            var name = "$k" + i;
            names.Add(name);
            command.Parameters.AddWithValue(name, missing[i]);
        }

        command.CommandText = $"SELECT key, etag, value FROM store WHERE key IN ({string.Join(',', names)})";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result[reader.GetString(0)] = new StoreItem(reader.GetString(2), reader.GetString(1));
        }

        return result;
    }

    public Task<IReadOnlyDictionary<string, string>> WriteAsync(IReadOnlyDictionary<string, StoreItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(items);
        return items.Count == 0
            ? Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>())
            : _writes.EnqueueAsync(new WriteRequest(items), cancellationToken);
    }

    public Task DeleteAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(keys);
        return keys.Count == 0 ? Task.CompletedTask : _writes.EnqueueAsync(new DeleteRequest(keys), cancellationToken);
    }

    public Task<int> DeleteByPrefixAsync(string prefix, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        return _writes.EnqueueAsync(new DeletePrefixRequest(prefix), cancellationToken);
    }

    public async Task<IReadOnlyList<KeyValuePair<string, StoreItem>>> ReadByPrefixAsync(string prefix, int limit, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(prefix);
        // From the file, not the cache: the cache does not know which keys exist.
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT key, etag, value FROM store WHERE key >= $from AND key < $to ORDER BY key LIMIT $limit";
        command.Parameters.AddWithValue("$from", prefix);
        command.Parameters.AddWithValue("$to", KeyRange.UpperBound(prefix));
        command.Parameters.AddWithValue("$limit", limit);
        var result = new List<KeyValuePair<string, StoreItem>>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            result.Add(new(reader.GetString(0), new StoreItem(reader.GetString(2), reader.GetString(1))));
        }

        return result;
    }

    public Task<bool> TryClaimAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(key);
        return _writes.EnqueueAsync(new ClaimRequest(key, now, expiresAt), cancellationToken);
    }

    public Task<int> PurgeExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken) =>
        _writes.EnqueueAsync(new PurgeClaimsRequest(now), cancellationToken);

    public void Dispose() => _writes.Dispose();

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
            CREATE TABLE IF NOT EXISTS activity_claims (
                key     TEXT NOT NULL PRIMARY KEY,
                expires INTEGER NOT NULL
            ) WITHOUT ROWID;
            CREATE INDEX IF NOT EXISTS activity_claims_expires ON activity_claims (expires);
            """;
        command.ExecuteNonQuery();
    }
}
