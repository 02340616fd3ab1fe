namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST API (v3) as the bot uses it. Implementations add the bot's bearer token
/// only for trusted serviceUrls, URL-encode ids, and retry 429/5xx/timeouts within a budget.
/// Failures surface as <see cref="ConnectorException"/>; a call to an untrusted serviceUrl while
/// credentials are configured surfaces as <see cref="UntrustedServiceUrlException"/> without any request.
/// </summary>
internal interface IConnectorClient
{
    /// <summary>
    /// Sends <paramref name="activity"/> the way the Bot Framework SDK does: to its
    /// <c>serviceUrl</c> and <c>conversation.id</c>, on the reply route when <c>replyToId</c> is set,
    /// else on the send route.
    /// </summary>
    Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities/{replyToId}.</summary>
    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken);

    /// <summary>POST v3/conversations/{conversationId}/activities.</summary>
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    /// <summary>PUT v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    /// <summary>DELETE v3/conversations/{conversationId}/activities/{activityId}.</summary>
    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    /// <summary>
    /// POST v3/conversations (proactive 1:1 in Teams needs the tenant id). The tenant is sent both as
    /// top-level <c>tenantId</c> and as <c>channelData.tenant.id</c>, whichever of the two was given.
    /// </summary>
    Task<ResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    /// <summary>GET v3/conversations/{conversationId}/members.</summary>
    Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken);

    /// <summary>GET v3/conversations/{conversationId}/members/{memberId}.</summary>
    Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);
}
