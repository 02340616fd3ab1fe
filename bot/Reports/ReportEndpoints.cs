namespace PartnershipBot.Reports;

/// <summary>
/// <c>GET /reports/{token}</c>: the document a valid link grants. Any other request — expired, tampered,
/// another tenant's or round's, a document that no longer exists — gets the same short refusal that says
/// nothing about what was asked. Nothing is cached by a browser or proxy, and there is no listing.
/// </summary>
internal static class ReportEndpoints
{
    public static IEndpointRouteBuilder MapReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LinkAddresses.PathPrefix + "{token}", ServeAsync);
        return endpoints;
    }

    private static async Task ServeAsync(HttpContext http, string token, LinkSigner signer, IEnumerable<ISignedContentSource> sources, ILogger<LinkSigner> logger)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        response.Headers.Pragma = "no-cache";
        response.Headers["X-Content-Type-Options"] = "nosniff";
        response.Headers["Referrer-Policy"] = "no-referrer";
        var link = signer.Read(token);
        var source = link is null ? null : sources.FirstOrDefault(s => s.Kind == link.Kind);
        var content = source is null ? null : await source.GetAsync(link!, http.RequestAborted);
        if (content is null)
        {
            ReportsLog.Refused(logger);
            response.StatusCode = StatusCodes.Status404NotFound;
            response.ContentType = "text/plain; charset=utf-8";
            await response.WriteAsync("Deze link is verlopen of ongeldig. Vraag de bot om een nieuwe.\nThis link has expired or is not valid. Ask the bot for a new one.\n", http.RequestAborted);
            return;
        }

        ReportsLog.Served(logger, link!.Kind, link.Format);
        // The HTML is self-contained: no script, no outside request, so the policy can forbid them all.
        response.Headers.ContentSecurityPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
        response.ContentType = content.MediaType;
        response.Headers.ContentDisposition = $"{(content.Download ? "attachment" : "inline")}; filename=\"{content.FileName}\"";
        await response.Body.WriteAsync(content.Body, http.RequestAborted);
    }
}
