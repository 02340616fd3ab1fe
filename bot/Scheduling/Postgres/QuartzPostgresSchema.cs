using Npgsql;
using Quartz;

namespace PartnershipBot.Scheduling.Postgres;

/// <summary>
/// Quartz's own PostgreSQL tables, from the script the Quartz package ships for its job store (every
/// statement <c>IF NOT EXISTS</c>, so it always matches this Quartz version), applied before the
/// scheduler starts in one transaction under an advisory lock: instances that start together queue on
/// the lock and the later ones find the tables there, instead of racing in the catalog.
/// </summary>
internal sealed partial class QuartzPostgresSchema(NpgsqlDataSource dataSource, ILogger<QuartzPostgresSchema> logger) : IHostedService
{
    /// <summary>Names this lock in pg_locks; distinct from the document store's migration lock.</summary>
    public const long AdvisoryLockKey = 0x5042_6F74_5172_747A; // "PBotQrtz"

    public const string TablePrefix = "qrtz_";

    private const string ScriptResource = "Quartz.Impl.AdoJobStore.Schema.create_postgres.sql";
    private const string StatementSeparator = "--;;";

    public async Task StartAsync(CancellationToken cancellationToken) =>
        LogApplied(logger, await ApplyAsync(dataSource, cancellationToken));

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Creates what is missing (<c>migrate-storage</c> too, before it copies reminders); returns how many statements were checked.</summary>
    public static async Task<int> ApplyAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(dataSource);
        var statements = Statements();
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var lockCommand = new NpgsqlCommand("SELECT pg_advisory_xact_lock($1)", connection, transaction))
        {
            lockCommand.Parameters.AddWithValue(AdvisoryLockKey);
            await lockCommand.ExecuteNonQueryAsync(cancellationToken);
        }

        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, connection, transaction);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return statements.Count;
    }

    /// <summary>The package's script with the table prefix filled in, split as the job store itself splits it.</summary>
    public static IReadOnlyList<string> Statements()
    {
        using var stream = typeof(IScheduler).Assembly.GetManifestResourceStream(ScriptResource)
            ?? throw new InvalidOperationException($"The Quartz package no longer ships {ScriptResource}; see docs/reminders.md before upgrading Quartz.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return [.. script.Split('\n').Aggregate(new List<List<string>> { new() }, (pieces, line) =>
            {
                if (line.TrimEnd('\r') == StatementSeparator)
                {
                    pieces.Add([]);
                }
                else
                {
                    pieces[^1].Add(line);
                }

                return pieces;
            })
            .Select(lines => string.Join('\n', lines.Where(l => !l.TrimStart().StartsWith("--", StringComparison.Ordinal))).Trim())
            .Where(statement => statement.Length > 0)];
    }

    [LoggerMessage(EventId = 5200, Level = LogLevel.Information, Message = "Quartz job store tables on PostgreSQL checked ({Statements} statements, created where missing)")]
    private static partial void LogApplied(ILogger logger, int statements);
}
