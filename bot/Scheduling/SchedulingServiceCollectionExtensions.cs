using PartnershipBot.Rounds;
using PartnershipBot.Scheduling.Postgres;
using PartnershipBot.Storage;
using PartnershipBot.Telemetry;
using PartnershipBot.Turns;
using Quartz;

namespace PartnershipBot.Scheduling;

internal static class SchedulingServiceCollectionExtensions
{
    /// <summary>
    /// Quartz with its ADO.NET job store in the bot's own database — the SQLite file, or PostgreSQL as a
    /// clustered scheduler shared by every instance (see <see cref="JobStores"/>) — the reminder scheduler
    /// over it, and paced proactive delivery.
    /// </summary>
    public static IServiceCollection AddScheduling(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            // One set of holiday rules for the whole product: the calendar's (Calendar:GoodFridayOff, Calendar:LiberationDay).
            .Configure(o => configuration.GetSection("Calendar").Bind(o.Holidays))
            .ValidateDataAnnotations()
            .Validate(o => o.WorkdayStart < o.WorkdayEnd && o.WorkdayEnd <= TimeSpan.FromDays(1), "Reminders:WorkdayStart must be before Reminders:WorkdayEnd, within one day.")
            .ValidateOnStart();
        var reminders = configuration.GetSection(ReminderOptions.Section).Get<ReminderOptions>() ?? new ReminderOptions();
        var clustered = StorageServiceCollectionExtensions.Provider(configuration) == StorageProvider.Postgres;
        services.AddQuartz(quartz =>
        {
            quartz.AddTriggerListener<MisfireListener>();
            quartz.UsePersistentStore(store =>
            {
                if (clustered)
                {
                    JobStores.UsePostgres(store, reminders.ClusterCheckinInterval);
                }
                else
                {
                    JobStores.UseSqlite(store);
                }

                JobStores.UseBotSettings(store, reminders);
            });
            quartz.ConfigureScheduler(o =>
            {
                o.IdleWaitTime = reminders.SchedulerPollInterval;
                if (clustered && !string.IsNullOrWhiteSpace(reminders.SchedulerInstanceId))
                {
                    o.InstanceId = reminders.SchedulerInstanceId;
                }
            });
        });
        if (clustered)
        {
            // Before the Quartz hosted service: hosted services start in registration order.
            services.AddHostedService<QuartzPostgresSchema>();
        }

        services.AddBotMetrics();
        services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        services.AddSingleton<ReminderIndex>();
        services.AddHostedService<ReminderIndexBuilder>();
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
