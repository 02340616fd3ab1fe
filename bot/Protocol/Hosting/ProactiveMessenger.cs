using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Messages outside a turn (reminders, round invitations): to a stored conversation reference, or
/// to a user in a new 1:1 conversation created with the tenant id, as Teams requires.
/// </summary>
internal sealed class ProactiveMessenger(IConnectorClient connector)
{
    public Task<ResourceResponse> SendAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        activity.ApplyConversationReference(reference);
        return connector.SendToConversationAsync(reference.ServiceUrl!, reference.Conversation!.Id!, activity, cancellationToken);
    }

    /// <summary>Opens (or finds) the 1:1 chat of <paramref name="user"/> with the bot; returns its reference.</summary>
    public async Task<ConversationReference> CreatePersonalConversationAsync(string serviceUrl, string channelId, ChannelAccount bot, ChannelAccount user, string tenantId, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = bot,
            Members = [user],
            TenantId = tenantId,
            ChannelData = new System.Text.Json.Nodes.JsonObject { ["tenant"] = new System.Text.Json.Nodes.JsonObject { ["id"] = tenantId } },
        };
        var created = await connector.CreateConversationAsync(serviceUrl, parameters, cancellationToken);
        return new ConversationReference
        {
            ChannelId = channelId,
            ServiceUrl = created.ServiceUrl ?? serviceUrl,
            Bot = bot,
            User = user,
            Conversation = new ConversationAccount { Id = created.Id, ConversationType = "personal", TenantId = tenantId },
        };
    }
}
