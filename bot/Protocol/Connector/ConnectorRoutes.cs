namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Bot Connector v3 routes, relative to a serviceUrl. Ids are opaque and full of reserved characters
/// (Teams: <c>a:…</c>, <c>19:…@thread.tacv2;messageid=…</c>), so every id is one escaped path segment.
/// </summary>
internal static class ConnectorRoutes
{
    public const string Conversations = "v3/conversations";

    public static string Activities(string conversationId) => $"{Conversation(conversationId)}/activities";

    public static string Activity(string conversationId, string activityId) => $"{Activities(conversationId)}/{Segment(activityId, nameof(activityId))}";

    public static string Members(string conversationId) => $"{Conversation(conversationId)}/members";

    public static string Member(string conversationId, string memberId) => $"{Members(conversationId)}/{Segment(memberId, nameof(memberId))}";

    /// <summary>
    /// Joins the serviceUrl (with or without a trailing slash, Teams' has one) and a route with exactly
    /// one '/'; a query or fragment on the serviceUrl is dropped.
    /// </summary>
    public static Uri Resolve(string serviceUrl, string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(serviceUrl);
        if (!Uri.TryCreate(serviceUrl, UriKind.Absolute, out var root) || (root.Scheme != Uri.UriSchemeHttps && root.Scheme != Uri.UriSchemeHttp))
        {
            throw new ArgumentException("The serviceUrl must be an absolute http(s) URL.", nameof(serviceUrl));
        }

        return new Uri($"{root.GetLeftPart(UriPartial.Path).TrimEnd('/')}/{route}", UriKind.Absolute);
    }

    private static string Conversation(string conversationId) => $"{Conversations}/{Segment(conversationId, nameof(conversationId))}";

    private static string Segment(string id, string name)
    {
        ArgumentException.ThrowIfNullOrEmpty(id, name);
        return Uri.EscapeDataString(id);
    }
}
