using Microsoft.Data.Sqlite;
using PartnershipBot.Rounds;
using PartnershipBot.Storage;
using PartnershipBot.Telemetry;
using PartnershipBot.Turns;
using Quartz;
using Quartz.Impl.AdoJobStore;

namespace PartnershipBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its ADO.NET job store in the bot's own SQLite file (tables created at start-up when
    /// missing), the reminder scheduler over it, and paced proactive delivery.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .ValidateDataAnnotations()
            .Validate(o => o.WorkdayStart < o.WorkdayEnd && o.WorkdayEnd <= TimeSpan.FromDays(1), "Reminders:WorkdayStart must be before Reminders:WorkdayEnd, within one day.")
            .ValidateOnStart();
        services.AddQuartz(quartz =>
        {
            quartz.AddTriggerListener<MisfireListener>();
            quartz.UsePersistentStore(store =>
            {
                store.UseDataSource(source =>
                {
                    source.Provider = DataSourceOptions.Providers.Sqlite;
                    source.DataSourceFactory = sp => SqliteFactory.Instance.CreateDataSource(sp.GetRequiredService<SqliteStorage>().ConnectionString);
                });
                // SQLite's delegate carries the package's own tables_sqlite.sql, so the schema always matches this Quartz version.
                store.UseDriverDelegate<SQLiteDelegate>();
                store.ProvisionSchema();
                store.ConfigureStore(o =>
                {
                    o.StoreJobDataAsStrings = true;
                    o.MisfireThreshold = configuration.GetSection(ReminderOptions.Section).GetValue<TimeSpan?>(nameof(ReminderOptions.MisfireThreshold)) ?? new ReminderOptions().MisfireThreshold;
                });
            });
        });
        services.AddBotMetrics();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<QuartzReminderScheduler>();
        services.AddSingleton<IReminderScheduler>(sp => sp.GetRequiredService<QuartzReminderScheduler>());
        services.AddSingleton<IReminderAdministration>(sp => sp.GetRequiredService<QuartzReminderScheduler>());
        services.AddSingleton<ProactivePacer>();
        services.AddSingleton<UnreachableTargets>();
        services.AddSingleton<IProactiveSender, ProactiveSender>();
        services.AddSingleton<ITurnInterceptor, UnreachableClearingInterceptor>();
        services.AddSingleton<IReminderHandler, FollowUpReminderHandler>();
        services.AddSingleton<IUserDataEraser, ReminderDataEraser>();
        services.AddSingleton<ITurnInterceptor, RemindersInterceptor>();
        return services;
    }
}
