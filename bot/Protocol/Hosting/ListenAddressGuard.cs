using System.Net;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Without credentials the bot accepts unauthenticated activities (what the Agents Playground
/// sends). That is only safe when nobody but this machine can reach it, so development mode
/// refuses any listen address that is not loopback.
/// </summary>
internal static class ListenAddressGuard
{
    public const string DefaultUrl = "http://127.0.0.1:3978";

    public static IReadOnlyList<string> NonLoopback(IEnumerable<string> urls) =>
        urls.Where(url => !IsLoopback(url)).ToList();

    public static bool IsLoopback(string url)
    {
        // Kestrel accepts "*", "+" and "0.0.0.0" as wildcards, which Uri cannot always parse.
        if (!Uri.TryCreate(url.Replace("://*", "://wildcard.invalid", StringComparison.Ordinal)
                               .Replace("://+", "://wildcard.invalid", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        var host = uri.Host.Trim('[', ']');
        if (string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        return IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address);
    }
}
