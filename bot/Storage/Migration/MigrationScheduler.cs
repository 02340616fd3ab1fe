using Microsoft.Data.Sqlite;
using Npgsql;
using PartnershipBot.Scheduling;
using Quartz;

namespace PartnershipBot.Storage.Migration;

/// <summary>
/// A Quartz scheduler over one of the bot's job stores, configured through <see cref="JobStores"/> as the
/// bot configures it, in a container of its own, and never started: it reads and writes jobs while no
/// trigger fires. It keeps Quartz's default scheduler name, as the bot does, because that name is the
/// <c>SCHED_NAME</c> on every row of the store: under another name the pilot's jobs would not be seen.
/// </summary>
internal sealed class MigrationScheduler : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private MigrationScheduler(ServiceProvider services, IScheduler scheduler)
    {
        _services = services;
        Scheduler = scheduler;
    }

    public IScheduler Scheduler { get; }

    /// <summary>The pilot's file as <paramref name="connectionString"/> opens it; null when it has no job store (a bot that never scheduled anything may have none).</summary>
    public static async Task<MigrationScheduler?> OnSqliteFileAsync(string connectionString, CancellationToken cancellationToken)
    {
        await using (var connection = new SqliteConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var exists = connection.CreateCommand();
            exists.CommandText = "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND lower(name) = 'qrtz_job_details'";
            if ((long)(await exists.ExecuteScalarAsync(cancellationToken))! == 0)
            {
                return null;
            }
        }

        return await CreateAsync(_ => { }, store => JobStores.UseSqliteFile(store, connectionString), cancellationToken);
    }

    /// <summary>The target database, clustered as the bot's instances will use it; its tables must be there.</summary>
    public static Task<MigrationScheduler> OnPostgresAsync(NpgsqlDataSource dataSource, CancellationToken cancellationToken) =>
        CreateAsync(
            services => services.AddSingleton(dataSource),
            store => JobStores.UsePostgres(store, new ReminderOptions().ClusterCheckinInterval),
            cancellationToken);

    private static async Task<MigrationScheduler> CreateAsync(Action<IServiceCollection> register, Action<IPersistentStoreBuilder> provider, CancellationToken cancellationToken)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        register(services);
        services.AddQuartz(quartz => quartz.UsePersistentStore(store =>
        {
            provider(store);
            // The settings that decide how jobs are stored; the timing ones only matter to a running scheduler.
            JobStores.UseBotSettings(store, new ReminderOptions());
        }));
        var provided = services.BuildServiceProvider();
        try
        {
            return new MigrationScheduler(provided, await provided.GetRequiredService<ISchedulerFactory>().GetScheduler(cancellationToken));
        }
        catch (Exception)
        {
            await provided.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Scheduler.Shutdown(waitForJobsToComplete: false);
        await _services.DisposeAsync();
    }
}
