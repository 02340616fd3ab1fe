using System.Security.Claims;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// One turn: the inbound activity and the ways to answer it. Replies are addressed from the
/// inbound activity; with <c>deliveryMode: expectReplies</c> they are collected for the HTTP body
/// instead of being posted to the connector.
/// </summary>
internal sealed class TurnContext(Activity activity, ClaimsIdentity? identity, IConnectorClient connector)
{
    private readonly List<Activity> _bufferedReplies = [];
    private int _bufferedIds;

    public Activity Activity { get; } = activity;

    /// <summary>The validated caller; null in development mode.</summary>
    public ClaimsIdentity? Identity { get; } = identity;

    /// <summary>For invokes: what the HTTP response carries. Unset means 501 (no handler).</summary>
    public InvokeResponse? InvokeResponse { get; set; }

    public bool ExpectReplies => string.Equals(Activity.DeliveryMode, "expectReplies", StringComparison.Ordinal);

    public IReadOnlyList<Activity> BufferedReplies => _bufferedReplies;

    /// <summary>The reply being streamed in this turn, if one was begun: its final message closes it.</summary>
    public Streaming.StreamingReply? Stream { get; private set; }

    /// <summary>Begins a streamed reply (the caller decided the channel and conversation allow it).</summary>
    public Streaming.StreamingReply BeginStream(TimeProvider time, ILogger logger)
    {
        if (ExpectReplies)
        {
            throw new InvalidOperationException("Buffered replies (expectReplies) cannot be streamed.");
        }

        return Stream ??= new Streaming.StreamingReply(this, time, logger);
    }

    /// <summary>Sends <paramref name="reply"/> into this conversation, threaded on the inbound activity.</summary>
    public Task<ResourceResponse> SendActivityAsync(Activity reply, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reply);
        Address(reply);
        if (ExpectReplies)
        {
            _bufferedReplies.Add(reply);
            return Task.FromResult(new ResourceResponse { Id = "reply-" + Interlocked.Increment(ref _bufferedIds) });
        }

        return string.IsNullOrEmpty(reply.ReplyToId)
            ? connector.SendToConversationAsync(reply.ServiceUrl!, reply.Conversation!.Id!, reply, cancellationToken)
            : connector.ReplyToActivityAsync(reply.ServiceUrl!, reply.Conversation!.Id!, reply.ReplyToId, reply, cancellationToken);
    }

    /// <summary>Replaces an earlier bot message (for example a card that was answered).</summary>
    public Task<ResourceResponse> UpdateActivityAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(activityId);
        ArgumentNullException.ThrowIfNull(replacement);
        Address(replacement);
        replacement.Id = activityId;
        replacement.ReplyToId = null;
        if (ExpectReplies)
        {
            return Task.FromResult(new ResourceResponse { Id = activityId });
        }

        return connector.UpdateActivityAsync(replacement.ServiceUrl!, replacement.Conversation!.Id!, activityId, replacement, cancellationToken);
    }

    /// <summary>Shows the typing indicator before slow work.</summary>
    public Task SendTypingAsync(CancellationToken cancellationToken) =>
        ExpectReplies ? Task.CompletedTask : SendActivityAsync(new Activity { Type = ActivityTypes.Typing }, cancellationToken);

    private void Address(Activity reply) => reply.ApplyConversationReference(Activity.GetConversationReference(), Activity.Id);
}
