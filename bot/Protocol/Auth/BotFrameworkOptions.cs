using System.ComponentModel.DataAnnotations;

namespace PartnershipBot.Protocol.Auth;

/// <summary>Endpoints of the Bot Framework and Entra ID, as settings so tests can point them at loopback.</summary>
internal sealed class BotFrameworkOptions
{
    public const string Section = "BotFramework";

    /// <summary>OpenID metadata of the Bot Framework token service (channel tokens, issuer api.botframework.com).</summary>
    [Required, Url]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>OpenID metadata of Entra ID (Emulator, skill and Entra-issued tokens).</summary>
    [Required, Url]
    public string EntraOpenIdMetadataUrl { get; set; } = "https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration";

    /// <summary>Where client-credential tokens are requested: {LoginEndpoint}/{tenant}/oauth2/v2.0/token.</summary>
    [Required, Url]
    public string LoginEndpoint { get; set; } = "https://login.microsoftonline.com";

    /// <summary>The scope of outbound connector tokens.</summary>
    [Required]
    public string OAuthScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>
    /// Hosts (exact, or a suffix starting with '.') the bot may send its token to even before an
    /// authenticated activity named them. Teams' own connector hosts are trusted by default.
    /// </summary>
    public List<string> TrustedServiceUrlHosts { get; set; } = ["smba.trafficmanager.net", ".botframework.com", ".teams.microsoft.com", ".teams.microsoft.us"];
}
