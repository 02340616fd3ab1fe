using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.LanguageModel;

/// <summary>
/// Settings under <c>LanguageModel</c>. Off unless <see cref="Endpoint"/> and a <see cref="Deployment"/> (Azure
/// OpenAI) or <see cref="Model"/> (an OpenAI-compatible endpoint) are set. Azure OpenAI uses <see cref="Key"/> when
/// given, else the bot's managed identity. Even when on, text is sent only for the tenants in <see cref="Tenants"/>.
/// </summary>
internal sealed class LanguageModelOptions : IValidatableObject
{
    public const string Section = "LanguageModel";

    /// <summary>https://&lt;resource&gt;.openai.azure.com, or the base URL of an OpenAI-compatible API (ending in /v1).</summary>
    public string? Endpoint { get; set; }

    /// <summary>Azure OpenAI deployment name; selects the Azure URL shape /openai/deployments/{deployment}/chat/completions.</summary>
    public string? Deployment { get; set; }

    /// <summary>Model name for an OpenAI-compatible endpoint (ignored when <see cref="Deployment"/> is set).</summary>
    public string? Model { get; set; }

    /// <summary>API key (Key Vault, user secrets or environment; never appsettings.json). Empty with Azure = managed identity.</summary>
    public string? Key { get; set; }

    /// <summary>Client id of a user-assigned managed identity; empty = the system-assigned one.</summary>
    public string? ManagedIdentityClientId { get; set; }

    /// <summary>Tenant ids whose users' text may be sent to the model; <c>*</c> = every tenant. Empty = none (the default).</summary>
    public IList<string> Tenants { get; } = [];

    /// <summary>The model must have answered within this time, or the local answer is sent.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 8;

    /// <summary>A longer answer fails the check (a chat card, not an essay).</summary>
    [Range(200, 4000)]
    public int MaxAnswerCharacters { get; set; } = 1200;

    /// <summary>In a Teams personal chat, stream the model's answer as it is written (Teams' bot streaming).</summary>
    public bool Stream { get; set; } = true;

    /// <summary>A streamed answer must be complete within this time (Teams ends a stream after two minutes).</summary>
    [Range(5, 110)]
    public int StreamSeconds { get; set; } = 30;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && (!string.IsNullOrWhiteSpace(Deployment) || !string.IsNullOrWhiteSpace(Model));

    public bool IsAzure => !string.IsNullOrWhiteSpace(Deployment);

    public bool MaySend(string? tenantId) =>
        IsConfigured && Tenants.Any(t => t == "*" || string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (string.IsNullOrWhiteSpace(Endpoint))
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback))
        {
            yield return new ValidationResult("LanguageModel:Endpoint must be an absolute https URL.", [nameof(Endpoint)]);
        }

        if (!IsConfigured)
        {
            yield return new ValidationResult("LanguageModel:Endpoint needs LanguageModel:Deployment (Azure OpenAI) or LanguageModel:Model.", [nameof(Deployment)]);
        }

        if (!IsAzure && string.IsNullOrWhiteSpace(Key))
        {
            yield return new ValidationResult("An OpenAI-compatible endpoint needs LanguageModel:Key; only Azure OpenAI can use the managed identity.", [nameof(Key)]);
        }
    }
}
