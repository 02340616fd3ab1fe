using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Reports;

/// <summary>Settings under <c>Reports</c>: the signed download links for reports and calendars.</summary>
internal sealed class ReportsOptions : IValidatableObject
{
    public const string Section = "Reports";

    /// <summary>
    /// The HMAC-SHA256 key of the links, at least 32 characters, from configuration or Key Vault (never
    /// appsettings.json). Without one a random key is made at start-up: links then stop working on a
    /// restart and do not work across instances, which is fine locally but not for a scaled-out bot.
    /// </summary>
    public string? SigningKey { get; set; }

    /// <summary>How long a link works.</summary>
    [Range(1, 60)]
    public int LinkMinutes { get; set; } = 10;

    /// <summary>The bot's public address for links (for example <c>https://bot.example.nl</c>); without it, the address the bot listens on.</summary>
    public Uri? PublicBaseUrl { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (SigningKey is { } key && key.Length < 32)
        {
            yield return new ValidationResult("Reports:SigningKey must be at least 32 characters.", [nameof(SigningKey)]);
        }

        if (PublicBaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("https" or "http")))
        {
            yield return new ValidationResult("Reports:PublicBaseUrl must be an absolute http(s) address.", [nameof(PublicBaseUrl)]);
        }
    }
}
