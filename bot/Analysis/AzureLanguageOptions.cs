using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Analysis;

/// <summary>
/// Settings under <c>AzureLanguage</c>. Both Endpoint and Key set → language detection and sentiment are
/// fetched from Azure AI Language; otherwise the bot runs without them. Keep the key in user secrets or the environment.
/// Even when configured, a user's text is sent only for the tenants in <see cref="Tenants"/>, as with the language model:
/// an organisation decides whether its people's words may leave the bot, not the operator alone.
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

    /// <summary>Tenant ids whose users' text may be sent to the service; <c>*</c> for every tenant. None by default.</summary>
    public IList<string> Tenants { get; } = [];

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Endpoint) && !string.IsNullOrWhiteSpace(Key);

    public bool MaySend(string? tenantId) =>
        IsConfigured && Tenants.Any(t => t == "*" || string.Equals(t, tenantId, StringComparison.OrdinalIgnoreCase));

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrWhiteSpace(Endpoint)
            && (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && !uri.IsLoopback)))
        {
            yield return new ValidationResult("AzureLanguage:Endpoint must be an absolute https URL.", [nameof(Endpoint)]);
        }
    }
}
