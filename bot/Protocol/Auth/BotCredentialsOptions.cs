namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// The bot's Azure identity, read from the root of configuration with the Bot Framework SDK's key
/// names (<c>MicrosoftAppType</c>, <c>MicrosoftAppId</c>, <c>MicrosoftAppPassword</c>,
/// <c>MicrosoftAppTenantId</c>), so the same settings work as environment variables. No app id means
/// development mode: no inbound authentication and no outbound token.
/// </summary>
internal sealed class BotCredentialsOptions
{
    public string? MicrosoftAppType { get; set; }
    public string? MicrosoftAppId { get; set; }
    public string? MicrosoftAppPassword { get; set; }
    public string? MicrosoftAppTenantId { get; set; }

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>MultiTenant when unset, as in the SDK.</summary>
    public BotAppType AppType => MicrosoftAppType?.Trim().ToUpperInvariant() switch
    {
        null or "" or "MULTITENANT" => BotAppType.MultiTenant,
        "SINGLETENANT" => BotAppType.SingleTenant,
        "USERASSIGNEDMSI" => BotAppType.UserAssignedMsi,
        _ => BotAppType.Unknown,
    };
}
