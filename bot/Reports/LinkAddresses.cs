using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Reports;

/// <summary>Turns a signed token into the address a user opens: <c>{base}/reports/{token}</c>.</summary>
internal sealed class LinkAddresses(LinkSigner signer, IOptions<ReportsOptions> options, IServer server)
{
    public const string PathPrefix = "/reports/";

    public Uri For(SignedLink link) => new(Base(), PathPrefix.TrimStart('/') + signer.Create(link));

    private Uri Base()
    {
        if (options.Value.PublicBaseUrl is { } configured)
        {
            return new Uri(configured.AbsoluteUri.TrimEnd('/') + "/");
        }

        // Locally the bot is reached where it listens; in Azure PublicBaseUrl is set (docs/reports.md).
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault() ?? "http://127.0.0.1:3978";
        return new Uri(address.Replace("://*", "://localhost", StringComparison.Ordinal).Replace("://+", "://localhost", StringComparison.Ordinal).TrimEnd('/') + "/");
    }
}
