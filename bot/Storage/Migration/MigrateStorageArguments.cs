using Microsoft.Data.Sqlite;

namespace PartnershipBot.Storage.Migration;

/// <summary><c>migrate-storage --from sqlite:PATH --to postgres:CONNSTR [--force]</c>, parsed; null with a reason when wrong.</summary>
internal sealed record MigrateStorageArguments(string SqlitePath, string PostgresConnectionString, bool IntoNonEmpty)
{
    /// <summary>The source as the migration opens it: read-only, so nothing it does can change the pilot's file.</summary>
    public string SqliteConnectionString => new SqliteConnectionStringBuilder { DataSource = SqlitePath, Mode = SqliteOpenMode.ReadOnly }.ToString();

    public const string Usage = "usage: migrate-storage --from sqlite:PATH --to postgres:CONNECTION-STRING [--force | --into-non-empty]";

    public static MigrateStorageArguments? Parse(IReadOnlyList<string> args, out string? error)
    {
        string? from = null, to = null;
        var force = false;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--from" when i + 1 < args.Count:
                    from = args[++i];
                    break;
                case "--to" when i + 1 < args.Count:
                    to = args[++i];
                    break;
                case "--force" or "--into-non-empty":
                    force = true;
                    break;
                default:
                    error = $"Unknown or incomplete argument '{args[i]}'. {Usage}";
                    return null;
            }
        }

        if (from is null || !from.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) || from.Length == "sqlite:".Length)
        {
            error = $"--from must be sqlite:PATH (the bot's .db file). {Usage}";
            return null;
        }

        if (to is null || !to.StartsWith("postgres:", StringComparison.OrdinalIgnoreCase) || to.Length == "postgres:".Length)
        {
            error = $"--to must be postgres:CONNECTION-STRING (an Npgsql connection string). {Usage}";
            return null;
        }

        error = null;
        return new MigrateStorageArguments(from["sqlite:".Length..], to["postgres:".Length..], force);
    }
}
