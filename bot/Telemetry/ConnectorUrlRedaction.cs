namespace PartnershipBot.Telemetry;

/// <summary>
/// What an outgoing HTTP span may say about its URL: scheme, host, port and the literal words of the
/// route. Connector paths carry conversation, activity and user ids, so every other segment becomes
/// <c>{id}</c> and the query is dropped.
/// </summary>
internal static class ConnectorUrlRedaction
{
    public const string Placeholder = "{id}";

    private static readonly HashSet<string> RouteWords = new(StringComparer.Ordinal)
    {
        "v3", "conversations", "activities", "members", "attachments",
        "oauth2", "v2.0", "token", "common", "botframework.com", "language", ":analyze-text",
    };

    public static string Redact(Uri? uri)
    {
        if (uri is null || !uri.IsAbsoluteUri)
        {
            return Placeholder;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries)
            .Select(s => RouteWords.Contains(Uri.UnescapeDataString(s)) ? s : Placeholder);
        return $"{uri.Scheme}://{uri.Authority}/{string.Join('/', segments)}";
    }
}
