using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnershipBot.Analysis;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Bot.Tests.Analysis;

public sealed class AddTextAnalysisTests
{
    private static ServiceProvider Build(params (string Key, string Value)[] settings)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<IConfiguration>(configuration);
        services.AddTextAnalysis(configuration);
        return services.BuildServiceProvider();
    }

    [Fact]
    public void AddTextAnalysis_NothingConfigured_NoOpProviderAndAnalyzer()
    {
        using var provider = Build();

        Assert.IsType<NoTextSignalsProvider>(provider.GetRequiredService<ITextSignalsProvider>());
        Assert.Same(PitfallTextAnalyzer.Default, provider.GetRequiredService<PitfallTextAnalyzer>());
        var signals = provider.GetRequiredService<FreeTextAnalyzer>()("We moesten meteen 10% inleveren.", Language.Nl);
        Assert.Equal("owner-savings-target", Assert.Single(signals).PitfallId);
    }

    [Fact]
    public void AddTextAnalysis_EndpointAndKey_AzureProvider()
    {
        using var provider = Build(("AzureLanguage:Endpoint", "https://example.cognitiveservices.azure.com"), ("AzureLanguage:Key", "k"));

        Assert.IsType<AzureLanguageSignalsProvider>(provider.GetRequiredService<ITextSignalsProvider>());
    }

    [Fact]
    public void AddTextAnalysis_EndpointWithoutKey_NoOpProvider()
    {
        using var provider = Build(("AzureLanguage:Endpoint", "https://example.cognitiveservices.azure.com"));

        Assert.IsType<NoTextSignalsProvider>(provider.GetRequiredService<ITextSignalsProvider>());
    }

    [Theory]
    [InlineData("not a url")]
    [InlineData("http://example.cognitiveservices.azure.com")]
    public void AddTextAnalysis_BadEndpoint_FailsValidation(string endpoint)
    {
        using var provider = Build(("AzureLanguage:Endpoint", endpoint), ("AzureLanguage:Key", "k"));

        Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<AzureLanguageOptions>>().Value);
    }
}
