using Microsoft.Data.Sqlite;
using Npgsql;
using PartnershipBot.Scheduling.Postgres;
using PartnershipBot.Storage;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace PartnershipBot.Scheduling;

/// <summary>Quartz's ADO.NET job store on the bot's own database, one method per storage provider.</summary>
internal static class JobStores
{
    /// <summary>The bot's SQLite file; one scheduler (one process) per file, as for the documents.</summary>
    public static void UseSqlite(IPersistentStoreBuilder store)
    {
        store.UseDataSource(source =>
        {
            source.Provider = DataSourceOptions.Providers.Sqlite;
            // SQLite waits for the document writer's lock itself (SqliteBusyWait), not in 150 ms managed sleeps.
            source.DataSourceFactory = sp => SqliteBusyWait.DataSource(sp.GetRequiredService<SqliteStorage>().ConnectionString);
        });
        // SQLite's delegate carries the package's own tables_sqlite.sql, so the schema always matches this Quartz version.
        store.UseDriverDelegate<SQLiteDelegate>();
        store.ProvisionSchema();
    }

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
}
