using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;
using OpenAI;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// The optional language model. Without <c>LanguageModel:Endpoint</c> and a deployment or model nothing is
/// registered but the enricher (which then only adds the privacy note). With a deployment: Azure OpenAI's URL shape
/// (/openai/deployments/{d}/chat/completions?api-version=…), the key or else the managed identity; with a model: an
/// OpenAI-compatible endpoint and its key.
/// </summary>
internal static class LanguageModelServiceCollectionExtensions
{
    public static IServiceCollection AddLanguageModel(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<LanguageModelOptions>()
            .BindConfiguration(LanguageModelOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<ModelAnswerEnricher>();
        var options = configuration.GetSection(LanguageModelOptions.Section).Get<LanguageModelOptions>() ?? new LanguageModelOptions();
        if (options.IsConfigured)
        {
            services.AddSingleton(_ => CreateChatClient(options));
            services.AddSingleton<ModelClient>();
        }

        return services;
    }

    private static IChatClient CreateChatClient(LanguageModelOptions options)
    {
        var endpoint = new Uri(options.Endpoint!);
        // No retries inside the SDK: a 429 or a slow answer means the local answer now, not a user kept waiting.
        // The deadline is the ModelClient's (on the injected clock); the SDK's own timeout only backs it up.
        var retry = new ClientRetryPolicy(maxRetries: 0);
        var networkTimeout = TimeSpan.FromSeconds(options.TimeoutSeconds * 2);
        if (options.IsAzure)
        {
            var azureOptions = new AzureOpenAIClientOptions { RetryPolicy = retry, NetworkTimeout = networkTimeout };
            var client = string.IsNullOrWhiteSpace(options.Key)
                ? new AzureOpenAIClient(endpoint, new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ManagedIdentityClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(options.ManagedIdentityClientId)), azureOptions)
                : new AzureOpenAIClient(endpoint, new ApiKeyCredential(options.Key), azureOptions);
            return client.GetChatClient(options.Deployment).AsIChatClient();
        }

        var openAi = new OpenAIClient(new ApiKeyCredential(options.Key!), new OpenAIClientOptions { Endpoint = endpoint, RetryPolicy = retry, NetworkTimeout = networkTimeout });
        return openAi.GetChatClient(options.Model).AsIChatClient();
    }
}
