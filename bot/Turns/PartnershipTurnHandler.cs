using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Storage;
using PartnershipBot.Turns.Outbox;

namespace PartnershipBot.Turns;

/// <summary>
/// The bot's turn: activity → domain input → the pure conversation engine → state saved once →
/// outputs rendered as messages and cards. State is saved before anything is sent, so a conflict
/// with a concurrent writer simply re-runs the pure turn on fresh state; the planned replies are
/// saved with it (the outbox), so a crash between the save and the send does not lose them.
/// </summary>
internal sealed partial class PartnershipTurnHandler(
    IEnumerable<ITurnInterceptor> interceptors,
    IEnumerable<IEngineTurnObserver> observers,
    IEnumerable<Rounds.IUserDataEraser> erasers,
    ConversationEngine engine,
    StateAccessor state,
    ITurnReadAhead readAhead,
    OutputSender sender,
    ReplyOutbox outbox,
    SituationSignals situationSignals,
    LanguageModel.ModelAnswerEnricher modelAnswers,
    TimeProvider timeProvider,
    ILogger<PartnershipTurnHandler> logger) : IBot
{
    private const int MaxAttempts = 3;

    public async Task OnTurnAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        // After the activity was claimed: what the turn's components read next, in one round trip (PostgreSQL only).
        using var reads = readAhead.ReadsAhead ? await readAhead.BeginTurnAsync(TurnReadAheadKeys.Of(activity), cancellationToken) : null;
        foreach (var interceptor in interceptors)
        {
            if (await interceptor.TryHandleAsync(turnContext, cancellationToken))
            {
                return;
            }
        }

        var mapped = ActivityInputMapper.Map(activity);
        if (mapped.Rejection is not null)
        {
            turnContext.InvokeResponse = mapped.Rejection;
            return;
        }

        if (mapped.AppRemoved)
        {
            await ForgetInstallationAsync(activity, cancellationToken);
            return;
        }

        if (mapped.Input is null)
        {
            return;
        }

        // Where the question card on screen is, so a typed answer updates it rather than adding a card.
        // Buffered replies (expectReplies) have no message to update.
        var questionKey = StateKeys.Question(activity);
        var onScreen = mapped.Input is TextInput && !turnContext.ExpectReplies
            ? (await state.ReadAsync(questionKey, QuestionCardDocument.Empty, cancellationToken)).Value
            : null;
        var (plan, outboxKey) = await RunEngineAsync(turnContext, mapped.Input, questionKey, onScreen, cancellationToken);
        var shown = await sender.DeliverAsync(turnContext, plan, cancellationToken);
        if (shown is not null && shown != onScreen && !turnContext.ExpectReplies)
        {
            await state.WriteAsync([new StateChange(questionKey, shown, StoreItem.AnyETag, null)], cancellationToken);
        }

        if (outboxKey is not null)
        {
            outbox.Sent(outboxKey);
        }
    }

    /// <returns>The replies to send, and the key of the outbox document that holds them until they are sent (null: none was saved).</returns>
    private async Task<(ReplyPlan Plan, string? OutboxKey)> RunEngineAsync(TurnContext turnContext, UserInput input, string questionKey, QuestionCardDocument? onScreen, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var conversationKey = StateKeys.Conversation(activity);
        var userKey = StateKeys.User(activity);
        for (var attempt = 1; ; attempt++)
        {
            var (conversation, user) = await state.ReadAsync(conversationKey, ConversationDocument.Empty, userKey, UserDocument.Empty, cancellationToken);
            if (input is ConversationUpdateInput && conversation.Value.Welcomed)
            {
                // Teams announces an install twice (installationUpdate and conversationUpdate): welcome once.
                return (ReplyPlan.None, null);
            }

            var result = engine.Handle(new TurnRequest(conversation.Value.Dialog, user.Value.Profile, input, activity.Locale, timeProvider.GetUtcNow())
            {
                InSharedChat = Teams.ConversationScope.IsShared(activity),
            });
            // The replies are complete before the state is saved, so they can be saved with it.
            var outputs = await situationSignals.EnrichAsync(turnContext, input, result.Outputs, cancellationToken);
            outputs = await modelAnswers.EnrichAsync(turnContext, outputs, cancellationToken);
            var plan = sender.Plan(turnContext, outputs, onScreen);
            if (result.EraseUserData)
            {
                await EraseUserAsync(userKey, cancellationToken);
                // Data about the user kept outside their prefix (round responses, reminders) goes too.
                var erasure = new Rounds.ErasureRequest(activity.TenantId ?? "none", activity.ChannelId!, activity.From?.Id ?? "anonymous", activity.From?.AadObjectId);
                foreach (var eraser in erasers)
                {
                    await eraser.EraseAsync(erasure, cancellationToken);
                }

                return (plan, null);
            }

            var newConversation = conversation.Value with
            {
                Dialog = result.State,
                Welcomed = conversation.Value.Welcomed || input is ConversationUpdateInput,
                Reference = ReferenceOf(activity),
            };
            try
            {
                // The engine hands back the same profile instance when it did not change it: no need to serialise it to find out.
                List<StateChange> changes = ReferenceEquals(result.Profile, user.Value.Profile)
                    ? [new StateChange(conversationKey, newConversation, conversation.ETag, conversation.Json)]
                    : [
                        new StateChange(conversationKey, newConversation, conversation.ETag, conversation.Json),
                        new StateChange(userKey, new UserDocument(result.Profile), user.ETag, user.Json),
                    ];
                if (result.Snapshot is { } snapshot)
                {
                    // Written in the same transaction as the history entry that points to it.
                    changes.Add(new StateChange(StateKeys.Result(userKey, snapshot.CheckId), snapshot, StoreItem.AnyETag, null));
                }

                // The outbox rides in the state's own write (no extra round trip), and only when the state
                // changed: an unchanged state means the turn can be answered again from the same state.
                var outboxKey = !turnContext.ExpectReplies && plan.Replies.Count > 0 && !string.IsNullOrEmpty(activity.Id) ? OutboxKeys.Of(activity) : null;
                var saved = await state.WriteAsync(changes, outboxKey, () => outbox.Entry(turnContext, outputs, plan, questionKey, onScreen), cancellationToken);
                await ForgetDroppedResultsAsync(userKey, user.Value.Profile, result.Profile, cancellationToken);
                List<BotOutput>? added = null;
                foreach (var observer in observers)
                {
                    var more = await observer.OnEngineTurnAsync(activity, result, cancellationToken);
                    if (more.Count > 0)
                    {
                        (added ??= []).AddRange(more);
                    }
                }

                return (added is null ? plan : plan.Then(sender.Plan(turnContext, added, null)), saved ? outboxKey : null);
            }
            catch (StorageConflictException) when (attempt < MaxAttempts)
            {
                LogStateConflict(logger, activity.Id, attempt);
            }
        }
    }

    /// <summary>The reference for later proactive messages; without the activity id, so an unchanged conversation is not rewritten every turn.</summary>
    private static ConversationReference ReferenceOf(Activity activity)
    {
        var reference = activity.GetConversationReference();
        reference.ActivityId = null;
        return reference;
    }

    /// <summary>History is bounded: a result that fell out of it is not kept either.</summary>
    private async Task ForgetDroppedResultsAsync(string userKey, UserProfile? before, UserProfile after, CancellationToken cancellationToken)
    {
        if (before is null || ReferenceEquals(before, after))
        {
            return;
        }

        var kept = after.History.Select(e => e.CheckId).ToHashSet(StringComparer.Ordinal);
        var dropped = before.History.Where(e => e.Kept && !kept.Contains(e.CheckId)).Select(e => StateKeys.Result(userKey, e.CheckId)).ToList();
        if (dropped.Count > 0)
        {
            await state.Storage.DeleteAsync(dropped, cancellationToken);
        }
    }

    private async Task EraseUserAsync(string userKey, CancellationToken cancellationToken)
    {
        await state.Storage.DeleteAsync([userKey], cancellationToken);
        var documents = await state.Storage.DeleteByPrefixAsync(userKey + "/", cancellationToken);
        LogUserErased(logger, documents + 1);
    }

    private async Task ForgetInstallationAsync(Activity activity, CancellationToken cancellationToken)
    {
        var key = StateKeys.Conversation(activity);
        var conversation = await state.ReadAsync(key, ConversationDocument.Empty, cancellationToken);
        // Removed: the reference is dead (later sends would get 403) and a reinstall deserves a welcome.
        await state.WriteAsync([new StateChange(key, conversation.Value with { Welcomed = false, Reference = null }, StoreItem.AnyETag, conversation.Json)], cancellationToken);
    }

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Erased a user's data on request ({Documents} documents at most)")]
    private static partial void LogUserErased(ILogger logger, int documents);

    [LoggerMessage(EventId = 2000, Level = LogLevel.Information, Message = "State changed concurrently during activity {ActivityId}; attempt {Attempt} is re-run")]
    private static partial void LogStateConflict(ILogger logger, string? activityId, int attempt);
}
