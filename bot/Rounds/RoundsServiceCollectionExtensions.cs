using PartnershipBot.Scheduling;
using PartnershipBot.Turns;

namespace PartnershipBot.Rounds;

internal static class RoundsServiceCollectionExtensions
{
    /// <summary>Partnership rounds: commands and cards, recording finished checks, reminders, retention, erasure.</summary>
    public static IServiceCollection AddRounds(this IServiceCollection services)
    {
        services.AddOptions<RoundsOptions>()
            .BindConfiguration(RoundsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<RoundStore>();
        services.AddSingleton<RoundLanguages>();
        services.AddSingleton<RoundResultsPoster>();
        services.AddSingleton<RoundStarter>();
        services.AddSingleton<RoundJoinHandler>();
        services.AddSingleton<RoundManager>();
        services.AddSingleton<RoundLeaver>();
        services.AddSingleton<RoundRetention>();
        services.AddSingleton<ITurnInterceptor, RoundsInterceptor>();
        services.AddSingleton<ITurnInterceptor, RoundOpenAnswerInterceptor>();
        services.AddSingleton<IEngineTurnObserver, RoundResultRecorder>();
        services.AddSingleton<IReminderHandler, RoundCloseReminder>();
        services.AddSingleton<IReminderHandler, RoundNonRespondentsReminder>();
        services.AddSingleton<IReminderHandler, RoundRecheckReminder>();
        services.AddSingleton<IReminderHandler>(sp => sp.GetRequiredService<RoundRetention>());
        services.AddSingleton<IUserDataEraser, RoundsUserDataEraser>();
        services.AddHostedService<RoundSystemJobs>();
        return services;
    }
}
