using System.Text.Json;
using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Storage;

namespace PartnershipBot.Turns.Outbox;

/// <summary>
/// Replies that survive a crash. A turn saves its planned replies as an outbox document in the same
/// write as its state, sends them, and then marks them sent (deletes the document, in batches, off the
/// turn's path). When the instance dies in between, the document stays: the channel's retry of the same
/// activity, or the sweeper of any instance, takes it over once its lease has run out - by a conditional
/// write against its eTag, so exactly one taker wins - and sends the replies. What it keeps are the same
/// replies without the words the user typed that they quote back (<see cref="TypedWords"/>): a reply sent
/// after a crash shows the reading, the answer and the results, not the quotes.
/// </summary>
internal sealed partial class ReplyOutbox(
    IStorage storage,
    StateAccessor state,
    ContentCatalog content,
    OutputSender sender,
    IConnectorClient connector,
    ITrustedServiceUrls trustedServiceUrls,
    OutboxAcknowledger acknowledger,
    IOptions<OutboxOptions> options,
    TimeProvider time,
    ILogger<ReplyOutbox> logger)
{
    private const int SweepBatch = 100;

    /// <summary>
    /// The outbox document of a turn's replies (<paramref name="plan"/>, planned from <paramref name="outputs"/>), to be
    /// created (eTag null) with its state. Replies that quote the user are planned again from outputs without the
    /// quotes: the same messages, updates and question-card pointer, so a resend does what the turn did.
    /// </summary>
    public StoreItem Entry(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, ReplyPlan plan, string questionKey, QuestionCardDocument? onScreen)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(plan);
        var kept = TypedWords.Removed(content, outputs);
        var replies = ReferenceEquals(kept, outputs) ? plan.Replies : sender.Plan(turnContext, kept, onScreen).Replies;
        var document = new OutboxDocument(turnContext.Activity.GetConversationReference(), replies, questionKey, onScreen, time.GetUtcNow() + options.Value.Lease, 1);
        return new StoreItem(JsonSerializer.Serialize(document, ProtocolJson.Options), null);
    }

    /// <summary>The turn sent its replies itself: they need not be kept any longer.</summary>
    public void Sent(string key) => acknowledger.Acknowledge(key);

    /// <summary>A retried activity: sends its saved replies if they are still waiting and nobody holds them.</summary>
    public async Task<bool> TryResumeAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = OutboxKeys.Of(activity);
        var items = await storage.ReadAsync([key], cancellationToken);
        return items.TryGetValue(key, out var item) && await TryTakeOverAsync(key, item, cancellationToken);
    }

    /// <summary>Sends every waiting turn's replies whose lease ran out; returns how many turns this call delivered.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var delivered = 0;
        foreach (var (key, item) in await storage.ReadByPrefixAsync(OutboxKeys.Prefix, SweepBatch, cancellationToken))
        {
            if (await TryTakeOverAsync(key, item, cancellationToken))
            {
                delivered++;
            }
        }

        return delivered;
    }

    private async Task<bool> TryTakeOverAsync(string key, StoreItem item, CancellationToken cancellationToken)
    {
        var document = JsonSerializer.Deserialize<OutboxDocument>(item.Json, ProtocolJson.Options)!;
        var now = time.GetUtcNow();
        if (document.LeaseUntil > now)
        {
            // Its sender may still be at work; if it died, the lease runs out and the next sweep takes over.
            return false;
        }

        if (document.Attempts >= options.Value.MaxAttempts)
        {
            LogGivenUp(logger, document.Attempts);
            await storage.DeleteAsync([key], cancellationToken);
            return false;
        }

        var leased = document with { LeaseUntil = now + options.Value.Lease, Attempts = document.Attempts + 1 };
        try
        {
            await storage.WriteAsync(new Dictionary<string, StoreItem>(StringComparer.Ordinal) { [key] = new(JsonSerializer.Serialize(leased, ProtocolJson.Options), item.ETag) }, cancellationToken);
        }
        catch (StorageConflictException)
        {
            // Another instance (a sweeper, or the retry) took it a moment earlier: it sends, not this one.
            return false;
        }

        var inbound = Inbound(document.Inbound);
        trustedServiceUrls.TrustAuthenticated(inbound.ServiceUrl!);
        var shown = await sender.DeliverAsync(new TurnContext(inbound, null, connector), new ReplyPlan(document.Replies, null), cancellationToken);
        if (shown is not null && shown != document.OnScreen)
        {
            await state.WriteAsync([new StateChange(document.QuestionKey, shown, StoreItem.AnyETag, null)], cancellationToken);
        }

        await storage.DeleteAsync([key], cancellationToken);
        LogDelivered(logger, document.Replies.Count, document.Attempts);
        return true;
    }

    /// <summary>The user's activity as far as addressing needs it: replies go to the same conversation, threaded on it.</summary>
    private static Activity Inbound(ConversationReference reference) => new()
    {
        Type = ActivityTypes.Message,
        Id = reference.ActivityId,
        From = reference.User,
        Recipient = reference.Bot,
        Conversation = reference.Conversation,
        ChannelId = reference.ChannelId,
        Locale = reference.Locale,
        ServiceUrl = reference.ServiceUrl,
    };

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Sent {Replies} saved replies of an interrupted turn (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, int replies, int attempt);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Gave up the saved replies of a turn after {Attempts} attempts")]
    private static partial void LogGivenUp(ILogger logger, int attempts);
}
