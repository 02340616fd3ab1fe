using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using PartnershipBot.Protocol.Auth;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Which serviceUrls may receive the bot's token. An origin (scheme, host, port) becomes trusted when
/// an authenticated activity names it; a host is trusted when it matches
/// <see cref="BotFrameworkOptions.TrustedServiceUrlHosts"/> exactly, or, for an entry starting with
/// '.', is that domain or one of its subdomains. Only https qualifies, except plain http on loopback
/// (the Emulator and tests), so a token never crosses the network unencrypted.
/// </summary>
internal sealed class TrustedServiceUrls(IOptions<BotFrameworkOptions> options, TimeProvider time) : ITrustedServiceUrls
{
    /// <summary>Teams uses a handful of connector hosts; the bound only stops a flood of distinct origins growing memory.</summary>
    internal const int Capacity = 1024;

    private readonly ConcurrentDictionary<string, long> authenticatedOrigins = new(StringComparer.Ordinal);

    internal int AuthenticatedOriginCount => authenticatedOrigins.Count;

    public void TrustAuthenticated(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!TryParse(serviceUrl, out var uri))
        {
            return;
        }

        authenticatedOrigins[Origin(uri)] = time.GetTimestamp();
        if (authenticatedOrigins.Count > Capacity)
        {
            EvictLeastRecentlySeen();
        }
    }

    public bool IsTrusted(string serviceUrl)
    {
        ArgumentNullException.ThrowIfNull(serviceUrl);
        if (!TryParse(serviceUrl, out var uri))
        {
            return false;
        }

        return authenticatedOrigins.ContainsKey(Origin(uri)) || MatchesConfiguredHost(uri.IdnHost);
    }

    private bool MatchesConfiguredHost(string host)
    {
        foreach (var entry in options.Value.TrustedServiceUrlHosts)
        {
            var pattern = entry.Trim();
            if (pattern.Length == 0)
            {
                continue;
            }

            if (pattern[0] == '.'
                ? host.EndsWith(pattern, StringComparison.OrdinalIgnoreCase) || host.Equals(pattern[1..], StringComparison.OrdinalIgnoreCase)
                : host.Equals(pattern, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryParse(string serviceUrl, out Uri uri)
    {
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var parsed) || parsed.UserInfo.Length > 0)
        {
            uri = new Uri("about:blank");
            return false;
        }

        uri = parsed;
        return parsed.Scheme == Uri.UriSchemeHttps || (parsed.Scheme == Uri.UriSchemeHttp && parsed.IsLoopback);
    }

    private static string Origin(Uri uri) => string.Concat(uri.Scheme, "://", uri.IdnHost.ToUpperInvariant(), ":", uri.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

    private void EvictLeastRecentlySeen()
    {
        // Rare: drop the oldest quarter at once so eviction cost is amortised.
        var oldest = authenticatedOrigins.OrderBy(pair => pair.Value).Take(Capacity / 4).Select(pair => pair.Key).ToList();
        foreach (var origin in oldest)
        {
            authenticatedOrigins.TryRemove(origin, out _);
        }
    }
}
