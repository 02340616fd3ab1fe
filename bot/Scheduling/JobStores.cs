using Npgsql;
using PartnershipBot.Scheduling.Postgres;
using PartnershipBot.Storage;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Quartz's ADO.NET job store on the bot's own database, one method per storage provider, plus the
/// settings every store of the bot shares. The bot and <c>migrate-storage</c> both configure through
/// here, so the migration reads and writes reminders exactly as the bot does.
/// </summary>
internal static class JobStores
{
    /// <summary>The bot's SQLite file; one scheduler (one process) per file, as for the documents.</summary>
    public static void UseSqlite(IPersistentStoreBuilder store)
    {
        UseSqlite(store, sp => sp.GetRequiredService<SqliteStorage>().ConnectionString);
        store.ProvisionSchema();
    }

    /// <summary>A SQLite file as it is, through <paramref name="connectionString"/> (the migration's opens it read-only): no tables are created in it.</summary>
    public static void UseSqliteFile(IPersistentStoreBuilder store, string connectionString) =>
        UseSqlite(store, _ => connectionString);

    /// <summary>
    /// The bot's PostgreSQL database through the same data source as the documents (managed-identity
    /// sign-in included), clustered: every instance runs a scheduler, each due trigger is taken by exactly
    /// one of them under the store's row lock, and a dead instance's triggers and recoverable jobs are
    /// taken over once it has missed its check-in. The tables come from <see cref="QuartzPostgresSchema"/>.
    /// </summary>
    public static void UsePostgres(IPersistentStoreBuilder store, TimeSpan checkinInterval)
    {
        store.UsePostgres(source => source.DataSourceFactory = sp => sp.GetRequiredService<NpgsqlDataSource>());
        store.ConfigureStore(o => o.TablePrefix = QuartzPostgresSchema.TablePrefix);
        store.UseClustering(cluster =>
        {
            cluster.CheckinInterval = checkinInterval;
            cluster.CheckinMisfireThreshold = checkinInterval;
        });
    }

    /// <summary>
    /// What every store of the bot shares, whatever the provider: job data as name/value strings (the spec
    /// is JSON text, readable in the database; a store that expected serialized objects could not read the
    /// bot's jobs) and the misfire threshold.
    /// </summary>
    public static void UseBotSettings(IPersistentStoreBuilder store, ReminderOptions reminders)
    {
        ArgumentNullException.ThrowIfNull(reminders);
        store.ConfigureStore(o =>
        {
            o.StoreJobDataAsStrings = true;
            o.MisfireThreshold = reminders.MisfireThreshold;
        });
    }

    private static void UseSqlite(IPersistentStoreBuilder store, Func<IServiceProvider, string> connectionString)
    {
        store.UseDataSource(source =>
        {
            source.Provider = DataSourceOptions.Providers.Sqlite;
            // SQLite waits for the document writer's lock itself (SqliteBusyWait), not in 150 ms managed sleeps.
            source.DataSourceFactory = sp => SqliteBusyWait.DataSource(connectionString(sp));
        });
        // SQLite's delegate carries the package's own tables_sqlite.sql, so the schema always matches this Quartz version.
        store.UseDriverDelegate<SQLiteDelegate>();
    }
}
