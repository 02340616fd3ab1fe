namespace PartnershipBot.Reports;

internal static class ReportsServiceCollectionExtensions
{
    /// <summary>Signed, short-lived download links served at <c>/reports/{token}</c>.</summary>
    public static IServiceCollection AddReportLinks(this IServiceCollection services)
    {
        services.AddOptions<ReportsOptions>()
            .BindConfiguration(ReportsOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LinkSigner>();
        services.AddSingleton<LinkAddresses>();
        return services;
    }
}
