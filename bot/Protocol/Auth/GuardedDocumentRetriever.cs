using Microsoft.IdentityModel.Protocols;

namespace PartnershipBot.Protocol.Auth;

/// <summary>
/// Fetches the metadata and keys documents, refusing any address that is neither https nor loopback.
/// The check runs on every address, so a metadata document cannot point <c>jwks_uri</c> at plain http elsewhere.
/// </summary>
internal sealed class GuardedDocumentRetriever : IDocumentRetriever
{
    private readonly HttpDocumentRetriever _inner;

    public GuardedDocumentRetriever(HttpClient httpClient)
    {
        ArgumentNullException.ThrowIfNull(httpClient);

        // The https rule is enforced here instead, with the loopback exception the inner retriever lacks.
        _inner = new HttpDocumentRetriever(httpClient) { RequireHttps = false };
    }

    public Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!MetadataAddressPolicy.IsAcceptable(address))
        {
            throw new InvalidOperationException("Signing-key documents are only fetched over https (or http on loopback).");
        }

        return _inner.GetDocumentAsync(address, cancel);
    }
}
