using PartnershipBot.Protocol;

namespace PartnershipBot.Scheduling;

/// <summary>
/// Paced proactive delivery within Teams' limits (per conversation, and per app per tenant), never
/// retried into a storm. 403/404 marks the target unreachable; later sends to it return
/// <see cref="ProactiveStatus.Unreachable"/> without a call until the user talks to the bot again.
/// </summary>
internal interface IProactiveSender
{
    Task<ProactiveResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken ct);

    /// <summary>Opens (create conversation with the tenant id) the user's 1:1 chat with the bot, then sends.</summary>
    Task<ProactiveResult> SendToUserAsync(string serviceUrl, string channelId, string tenantId, ChannelAccount bot, ChannelAccount user, Activity activity, CancellationToken ct);
}
