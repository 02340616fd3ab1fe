using PartnershipBot.Turns;

namespace PartnershipBot.Reports;

internal static class ReportsServiceCollectionExtensions
{
    /// <summary>Evaluation reports: <c>ronde rapport</c>, and signed, short-lived download links served at <c>/reports/{token}</c>.</summary>
    public static IServiceCollection AddReportLinks(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<LinkAddresses>();
        services.AddSingleton<RoundReports>();
        services.AddSingleton<ISignedContentSource, RoundReportSource>();
        services.AddSingleton<ITurnInterceptor, ReportInterceptor>();
        return services;
    }
}
