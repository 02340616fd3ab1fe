using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage;

/// <summary>
/// The writer connection's statements, each prepared once and reused with new parameter values (a
/// SqliteCommand keeps its prepared statement while its text stays the same).
/// </summary>
internal sealed class WriterCommands : IDisposable
{
    private readonly SqliteCommand _upsert;
    private readonly SqliteCommand _create;
    private readonly SqliteCommand _update;
    private readonly SqliteCommand _delete;
    private readonly SqliteCommand _deletePrefix;
    private readonly SqliteCommand _claim;
    private readonly SqliteCommand _purgeClaims;
    private readonly SqliteCommand _savepoint;
    private readonly SqliteCommand _rollbackToSavepoint;
    private readonly SqliteCommand _releaseSavepoint;

    public WriterCommands(SqliteConnection writer)
    {
        _upsert = Create(writer, "INSERT INTO store(key, etag, value) VALUES($key, $etag, $value) ON CONFLICT(key) DO UPDATE SET etag = excluded.etag, value = excluded.value", "$key", "$etag", "$value");
        _create = Create(writer, "INSERT INTO store(key, etag, value) VALUES($key, $etag, $value) ON CONFLICT(key) DO NOTHING", "$key", "$etag", "$value");
        _update = Create(writer, "UPDATE store SET etag = $etag, value = $value WHERE key = $key AND etag = $expected", "$key", "$etag", "$value", "$expected");
        _delete = Create(writer, "DELETE FROM store WHERE key = $key", "$key");
        // substr rather than LIKE: keys contain '%' and '_' from encoded ids.
        _deletePrefix = Create(writer, "DELETE FROM store WHERE substr(key, 1, length($prefix)) = $prefix", "$prefix");
        // An expired claim may be taken again; an unexpired one makes the upsert change nothing.
        _claim = Create(writer, "INSERT INTO activity_claims(key, expires) VALUES($key, $expires) ON CONFLICT(key) DO UPDATE SET expires = excluded.expires WHERE activity_claims.expires <= $now", "$key", "$expires", "$now");
        _purgeClaims = Create(writer, "DELETE FROM activity_claims WHERE expires <= $now", "$now");
        _claim.Parameters[1].SqliteType = SqliteType.Integer;
        _claim.Parameters[2].SqliteType = SqliteType.Integer;
        _purgeClaims.Parameters[0].SqliteType = SqliteType.Integer;
        _savepoint = Create(writer, "SAVEPOINT request");
        _rollbackToSavepoint = Create(writer, "ROLLBACK TO request; RELEASE request");
        _releaseSavepoint = Create(writer, "RELEASE request");
    }

    /// <summary>Writes one item against its eTag; 0 rows means the eTag check failed.</summary>
    public int Write(SqliteTransaction transaction, string key, StoreItem item, string newETag)
    {
        var command = item.ETag switch
        {
            StoreItem.AnyETag => _upsert,
            null => _create,
            _ => _update,
        };
        command.Parameters[0].Value = key;
        command.Parameters[1].Value = newETag;
        command.Parameters[2].Value = item.Json;
        if (command == _update)
        {
            command.Parameters[3].Value = item.ETag;
        }

        return Run(command, transaction);
    }

    public int Delete(SqliteTransaction transaction, string key)
    {
        _delete.Parameters[0].Value = key;
        return Run(_delete, transaction);
    }

    public int DeletePrefix(SqliteTransaction transaction, string prefix)
    {
        _deletePrefix.Parameters[0].Value = prefix;
        return Run(_deletePrefix, transaction);
    }

    /// <summary>1 when the claim was taken (new or expired), 0 when an unexpired one exists.</summary>
    public int Claim(SqliteTransaction transaction, string key, DateTimeOffset now, DateTimeOffset expiresAt)
    {
        _claim.Parameters[0].Value = key;
        _claim.Parameters[1].Value = expiresAt.ToUnixTimeMilliseconds();
        _claim.Parameters[2].Value = now.ToUnixTimeMilliseconds();
        return Run(_claim, transaction);
    }

    public int PurgeClaims(SqliteTransaction transaction, DateTimeOffset now)
    {
        _purgeClaims.Parameters[0].Value = now.ToUnixTimeMilliseconds();
        return Run(_purgeClaims, transaction);
    }

    public void Savepoint(SqliteTransaction transaction) => Run(_savepoint, transaction);

    public void RollbackToSavepoint(SqliteTransaction transaction) => Run(_rollbackToSavepoint, transaction);

    public void ReleaseSavepoint(SqliteTransaction transaction) => Run(_releaseSavepoint, transaction);

    public void Dispose()
    {
        foreach (var command in new[] { _upsert, _create, _update, _delete, _deletePrefix, _claim, _purgeClaims, _savepoint, _rollbackToSavepoint, _releaseSavepoint })
        {
            command.Dispose();
        }
    }

    private static int Run(SqliteCommand command, SqliteTransaction transaction)
    {
        command.Transaction = transaction;
        return command.ExecuteNonQuery();
    }

    private static SqliteCommand Create(SqliteConnection writer, string text, params string[] parameters)
    {
        var command = writer.CreateCommand();
        command.CommandText = text;
        foreach (var name in parameters)
        {
            command.Parameters.Add(name, SqliteType.Text);
        }

        return command;
    }
}
