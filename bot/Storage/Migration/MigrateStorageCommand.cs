using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using NpgsqlTypes;
using PartnershipBot.Scheduling;
using PartnershipBot.Scheduling.Postgres;
using PartnershipBot.Storage.Postgres;
using Quartz;

namespace PartnershipBot.Storage.Migration;

/// <summary>
/// Moves a pilot's SQLite state into PostgreSQL: every document with its eTag, in one target
/// transaction that is committed only after the copy was compared row by row with the source, and every
/// scheduled reminder into the clustered job store there (<see cref="ReminderMigration"/>), compared job by
/// job before that commit. Refuses a target that already holds documents or reminders unless told
/// (<c>--force</c>), because merging two bots' state silently is how data gets lost. The source is opened read-only.
/// </summary>
internal static class MigrateStorageCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (MigrateStorageArguments.Parse(args, out var error) is not { } arguments)
        {
            await output.WriteLineAsync(error);
            return 2;
        }

        if (!File.Exists(arguments.SqlitePath))
        {
            await output.WriteLineAsync($"No SQLite database at {arguments.SqlitePath}; nothing was copied.");
            return 2;
        }

        NpgsqlConnectionStringBuilder target;
        try
        {
            target = new NpgsqlConnectionStringBuilder(arguments.PostgresConnectionString);
        }
        catch (ArgumentException exception)
        {
            await output.WriteLineAsync($"The PostgreSQL connection string is not valid ({exception.Message}); nothing was copied.");
            return 2;
        }

        try
        {
            return await CopyAsync(arguments, target, output, cancellationToken);
        }
        catch (SqliteException exception)
        {
            await output.WriteLineAsync($"Could not read the SQLite source (is it the bot's database?): {exception.Message} Nothing was copied.");
            return 1;
        }
        catch (SchedulerException exception)
        {
            // Quartz wraps the database's own errors. Documents commit only after the reminders, so none did.
            await output.WriteLineAsync($"Could not move the scheduled reminders: {exception.Message} No documents were committed; a reminder copied before the failure stays in the target (run again with --force once the cause is fixed: it then counts as already present).");
            return 1;
        }
        catch (NpgsqlException exception)
        {
            // A transaction that was open is rolled back with its connection: the target is as it was.
            var reason = exception is PostgresException postgres ? postgres.MessageText : exception.Message;
            await output.WriteLineAsync($"Could not use the PostgreSQL target: {reason}. Nothing was copied.");
            return 1;
        }
    }

    private static async Task<int> CopyAsync(MigrateStorageArguments arguments, NpgsqlConnectionStringBuilder target, TextWriter output, CancellationToken cancellationToken)
    {
        var documents = await ReadSourceAsync(arguments.SqliteConnectionString, cancellationToken);
        await using var source = await MigrationScheduler.OnSqliteFileAsync(arguments.SqliteConnectionString, cancellationToken);
        var reminders = source is null ? [] : await ReminderMigration.ReadAsync(source.Scheduler, cancellationToken);
        await output.WriteLineAsync($"Source: {arguments.SqlitePath}: {documents.Count} documents, {reminders.Count} scheduled reminders.");
        await output.WriteLineAsync($"Target: PostgreSQL database '{target.Database}' on {target.Host}:{target.Port}.");

        await using var dataSource = NpgsqlDataSource.Create(target);
        var applied = await PostgresSchema.ApplyAsync(dataSource, TimeProvider.System, cancellationToken);
        if (applied.Count > 0)
        {
            await output.WriteLineAsync($"Created the bot's tables (schema versions {string.Join(", ", applied)}).");
        }

        // The scheduler's tables as the bot creates them at start; a target that has them already keeps them as they are.
        await QuartzPostgresSchema.ApplyAsync(dataSource, cancellationToken);
        await using var scheduler = await MigrationScheduler.OnPostgresAsync(dataSource, cancellationToken);
        var existingReminders = await ReminderMigration.CountAsync(scheduler.Scheduler, cancellationToken);

        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var existing = await ScalarAsync(connection, transaction, "SELECT count(*) FROM store", cancellationToken);
        var intoNonEmpty = existing > 0 || existingReminders > 0;
        if (intoNonEmpty && !arguments.IntoNonEmpty)
        {
            await output.WriteLineAsync($"The target already holds {existing} documents and {existingReminders} scheduled reminders; nothing was copied. Use an empty database, or --force to overwrite documents with the same keys (others stay) and add the reminders the target lacks.");
            return 1;
        }

        await CopyAsync(connection, transaction, documents, cancellationToken);
        var verified = await ScalarAsync(
            connection,
            transaction,
            "SELECT count(*) FROM incoming i JOIN store s ON s.key = i.key AND s.etag = i.etag AND s.value = i.value",
            cancellationToken);
        if (verified != documents.Count)
        {
            await transaction.RollbackAsync(cancellationToken);
            await output.WriteLineAsync($"Verification failed: {verified} of {documents.Count} documents arrived unchanged; the copy was rolled back, the target is as it was.");
            return 1;
        }

        // Reminders before the documents commit: a reminder that arrives changed undoes the whole run.
        var copy = await ReminderMigration.CopyAsync(reminders, scheduler.Scheduler, cancellationToken);
        if (copy.Different.Count > 0)
        {
            await ReminderMigration.UndoAsync(copy, scheduler.Scheduler, cancellationToken);
            await transaction.RollbackAsync(cancellationToken);
            await output.WriteLineAsync($"Verification failed: {copy.Different.Count} of {copy.Copied.Count} reminders did not arrive with the same spec and fire times; the copy was rolled back, the target is as it was.");
            return 1;
        }

        if (intoNonEmpty)
        {
            // The pilot's reminder-index entries may have replaced entries that also named reminders scheduled in the
            // target: the bot then rebuilds the index from every job at its next start (Scheduling/ReminderIndexBuilder).
            await using var rebuild = new NpgsqlCommand("DELETE FROM store WHERE key = $1", connection, transaction);
            rebuild.Parameters.Add(new NpgsqlParameter<string> { TypedValue = ReminderIndex.BuiltKey });
            await rebuild.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        var total = await ScalarAsync(connection, null, "SELECT count(*) FROM store", cancellationToken);
        await output.WriteLineAsync(string.Create(
            CultureInfo.InvariantCulture,
            $"Copied {documents.Count} documents and verified all {verified} in the target (same keys, eTags and contents); the target now holds {total} (it held {existing})."));
        await output.WriteLineAsync(reminders.Count == 0
            ? "Reminders: the source has none scheduled."
            : string.Create(
                CultureInfo.InvariantCulture,
                $"Reminders: copied {copy.Copied.Count} and verified all {copy.Copied.Count} in the target (same keys, specs and fire times); {copy.AlreadyPresent} already present, left as they are; {copy.Finished} finished in the source (nothing left to fire), not copied."));
        if (intoNonEmpty)
        {
            await output.WriteLineAsync("The reminder index is rebuilt from every reminder in the target when the bot next starts: restart any instance that is running on it.");
        }

        return 0;
    }

    private static async Task<List<(string Key, string ETag, string Value)>> ReadSourceAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using var source = new SqliteConnection(connectionString);
        await source.OpenAsync(cancellationToken);
        await using var command = source.CreateCommand();
        command.CommandText = "SELECT key, etag, value FROM store ORDER BY key";
        var documents = new List<(string, string, string)>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            documents.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }

        return documents;
    }

    private static async Task CopyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, List<(string Key, string ETag, string Value)> documents, CancellationToken cancellationToken)
    {
        await using (var staging = new NpgsqlCommand("CREATE TEMP TABLE incoming (LIKE store INCLUDING ALL) ON COMMIT DROP", connection, transaction))
        {
            await staging.ExecuteNonQueryAsync(cancellationToken);
        }

        await using (var importer = await connection.BeginBinaryImportAsync("COPY incoming (key, etag, value) FROM STDIN (FORMAT BINARY)", cancellationToken))
        {
            foreach (var (key, etag, value) in documents)
            {
                await importer.StartRowAsync(cancellationToken);
                await importer.WriteAsync(key, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(etag, NpgsqlDbType.Text, cancellationToken);
                await importer.WriteAsync(value, NpgsqlDbType.Text, cancellationToken);
            }

            await importer.CompleteAsync(cancellationToken);
        }

        await using var merge = new NpgsqlCommand(
            "INSERT INTO store (key, etag, value) SELECT key, etag, value FROM incoming ON CONFLICT (key) DO UPDATE SET etag = excluded.etag, value = excluded.value",
            connection,
            transaction);
        await merge.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<long> ScalarAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
