using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Analysis;

/// <summary>
/// Settings under <c>AzureLanguage</c>. Both Endpoint and Key set → language detection and sentiment are
/// fetched from Azure AI Language; otherwise the bot runs without them. Keep the key in user secrets or the environment.
/// </summary>
internal sealed class AzureLanguageOptions : IValidatableObject
{
    public const string Section = "AzureLanguage";

    /// <summary>Resource endpoint, e.g. https://my-resource.cognitiveservices.azure.com.</summary>
    public string? Endpoint { get; set; }

    public string? Key { get; set; }

    /// <summary>Upper bound for both calls together; the signals are a nice-to-have and must not slow a turn down.</summary>
    [Range(1, 60)]
    public int TimeoutSeconds { get; set; } = 5;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Key);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            yield return new ValidationResult("AzureLanguage:Endpoint must be an absolute https URL.", [nameof(Endpoint)]);
        }
    }
}
