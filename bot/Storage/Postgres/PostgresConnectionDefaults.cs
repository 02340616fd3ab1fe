using System.Data.Common;
using Npgsql;

namespace PartnershipBot.Storage.Postgres;

/// <summary>
/// Pool settings the bot's statements can rely on, applied unless the operator's connection string names
/// them itself. Every statement borrows a pooled connection for one round trip, so by Npgsql's defaults each
/// borrow would also run <c>DISCARD ALL</c> on the server (about seven per turn, measured with
/// pg_stat_statements) and throw away the connection's prepared statements. The bot keeps no session state on
/// a connection — its advisory locks are transaction-scoped, Quartz's locks are row locks inside
/// transactions, nothing uses LISTEN or SET, and migrate-storage's staging table is dropped with its transaction —
/// so the reset buys nothing, and with it off the few statements of the turn path stay prepared on every pooled
/// connection.
/// </summary>
internal static class PostgresConnectionDefaults
{
    /// <summary>Statements kept prepared per connection: the storage's nine plus Quartz's hot ones.</summary>
    public const int MaxAutoPrepare = 64;

    public static void Apply(NpgsqlConnectionStringBuilder target, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(target);
        var named = Named(connectionString);
        if (!named.Contains("noresetonclose"))
        {
            target.NoResetOnClose = true;
        }

        if (!named.Contains("maxautoprepare"))
        {
            target.MaxAutoPrepare = MaxAutoPrepare;
        }
    }

    /// <summary>The keywords the connection string sets, without spaces and in lower case (Npgsql accepts both spellings).</summary>
    private static HashSet<string> Named(string connectionString)
    {
        var raw = new DbConnectionStringBuilder { ConnectionString = connectionString };
        return raw.Keys.Cast<string>().Select(k => k.Replace(" ", string.Empty, StringComparison.Ordinal).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
    }
}
