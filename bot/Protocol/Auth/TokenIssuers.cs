namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// The issuer allow-list. A token is classified by its unvalidated <c>iss</c> only to choose which
/// keys and rules apply; the issuer is then validated again together with the signature.
/// </summary>
internal sealed class TokenIssuers
{
    public const string ChannelIssuer = "https://api.botframework.com";

    // Bot Framework's own tenants and the Microsoft first-party tenant the Agents SDK trusts by default.
    private static readonly string[] WellKnownTenants =
    [
        "d6d49420-f39b-4df7-a1dc-d59a935871db",
        "f8cdef31-a31e-4b4a-93e4-5f571e91255a",
        "69e9b82d-4842-4902-8d1e-abc5b98a55e8",
    ];

    public TokenIssuers(string? botTenantId)
    {
        var tenants = WellKnownTenants.AsEnumerable();
        if (!string.IsNullOrWhiteSpace(botTenantId))
        {
            // Entra writes tenant ids in lower case in its issuers.
            tenants = tenants.Append(botTenantId.Trim().ToLowerInvariant());
        }

        EntraIssuers = [.. tenants.SelectMany(EntraIssuersOf).Distinct(StringComparer.Ordinal)];
    }

    public IReadOnlyList<string> EntraIssuers { get; }

    public static IReadOnlyList<string> ChannelIssuers { get; } = [ChannelIssuer];

    /// <summary>Both issuer forms Entra uses for a tenant: v1 (sts.windows.net) and v2 (login.microsoftonline.com).</summary>
    public static IEnumerable<string> EntraIssuersOf(string tenantId) =>
    [
        $"https://sts.windows.net/{tenantId}/",
        $"https://login.microsoftonline.com/{tenantId}/v2.0",
    ];

    public TokenKind Classify(string? issuer)
    {
        if (string.Equals(issuer, ChannelIssuer, StringComparison.Ordinal))
        {
            return TokenKind.Channel;
        }

        return issuer is not null && EntraIssuers.Contains(issuer, StringComparer.Ordinal) ? TokenKind.Entra : TokenKind.Untrusted;
    }
}
