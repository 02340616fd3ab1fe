using PartnershipBot.Calendar;
using PartnershipBot.Rounds;
using PartnershipBot.Scheduling;
using PartnershipBot.Turns;

namespace PartnershipBot.Actions;

internal static class ActionsServiceCollectionExtensions
{
    /// <summary>The action register: <c>acties</c>, the owner's card, Done / Postpone, overdue escalation.</summary>
    public static IServiceCollection AddActionRegister(this IServiceCollection services)
    {
        services.AddSingleton<ActionStore>();
        services.AddSingleton<PersonalActionStore>();
        services.AddSingleton<ActionRecorder>();
        services.AddSingleton<PartnershipFolders>();
        services.AddSingleton<IUserDataEraser, ActionsUserDataEraser>();
        services.AddSingleton<ITenantRetention, PartnershipRetention>();
        services.AddSingleton<IReminderHandler, PersonalActionReminder>();
        services.AddSingleton<ITurnInterceptor, ActionsInterceptor>();
        services.AddSingleton<IReminderHandler, ActionOverdueReminder>();
        return services;
    }
}
