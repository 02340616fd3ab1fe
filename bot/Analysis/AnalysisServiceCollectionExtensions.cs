using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Analysis;

/// <summary>Registers the free-text analyzer and the optional Azure AI Language signals.</summary>
internal static class AnalysisServiceCollectionExtensions
{
    public static IServiceCollection AddTextAnalysis(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(_ => PitfallTextAnalyzer.Default);
        services.TryAddSingleton<FreeTextAnalyzer>(sp => sp.GetRequiredService<PitfallTextAnalyzer>().AsFreeTextAnalyzer());
        services.AddOptions<AzureLanguageOptions>()
            .BindConfiguration(AzureLanguageOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        var azure = configuration.GetSection(AzureLanguageOptions.Section).Get<AzureLanguageOptions>() ?? new AzureLanguageOptions();
        if (azure.IsConfigured)
        {
            // The provider enforces its own deadline; the client's default 100 s would only hide that.
            services.AddHttpClient<ITextSignalsProvider, AzureLanguageSignalsProvider>(http => http.Timeout = Timeout.InfiniteTimeSpan);
        }
        else
        {
            services.TryAddSingleton<ITextSignalsProvider, NoTextSignalsProvider>();
        }

        return services;
    }
}
