namespace PartnershipBot.Protocol.Auth;

/// <summary>Which token service issued a bearer token, judged from its (not yet validated) issuer.</summary>
internal enum TokenKind
{
    Untrusted,

    /// <summary>The Bot Framework token service (issuer api.botframework.com): Teams, Web Chat and other channels.</summary>
    Channel,

    /// <summary>Entra ID (Emulator, skills, Microsoft first-party callers, the bot's own tenant).</summary>
    Entra,
}
