using Microsoft.Extensions.Options;
using PartnershipBot.Reports;
using PartnershipBot.Scheduling;
using PartnershipBot.Turns;

namespace PartnershipBot.Calendar;

internal static class CalendarServiceCollectionExtensions
{
    /// <summary>
    /// The governance calendar: working days with Dutch holidays (also for reminders: inject
    /// <see cref="Dialogs.Calendar.WorkingDays"/>), the <c>agenda</c> command and card, and its .ics link.
    /// </summary>
    public static IServiceCollection AddGovernanceCalendar(this IServiceCollection services)
    {
        services.AddOptions<CalendarOptions>()
            .BindConfiguration(CalendarOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<CalendarOptions>>().Value.ToWorkingDays());
        services.AddSingleton<CalendarStore>();
        services.AddSingleton<ConsultedPartnerships>();
        services.AddSingleton<LegacyNameData>();
        services.AddSingleton<CalendarLinks>();
        services.AddSingleton<ITurnInterceptor, CalendarInterceptor>();
        services.AddSingleton<ISignedContentSource, CalendarIcsSource>();
        services.AddSingleton<IReminderHandler, CalendarRoundReminder>();
        return services;
    }
}
