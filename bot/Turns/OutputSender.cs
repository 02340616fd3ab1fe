using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// Sends the engine's outputs in order. For a card action the clicked card is replaced: by the
/// invoke response (Action.Execute: the first card of the turn) or by updating the card's message
/// (Action.Submit: an answered question, or a closed card such as a stale question or an answered
/// "delete my data"). For a
/// typed answer the question card on screen (<c>typedOver</c>) is updated in place: answered,
/// it loses its buttons; after an invalid attempt it shows the hint. One question card per question, except
/// when the turn posts something first (help, 'verder', a language switch): the question then comes below it.
/// Planning and delivering are separate steps, so a turn can save its planned replies (the outbox)
/// with its state before it sends them.
/// </summary>
internal sealed partial class OutputSender(IOutputRenderer renderer, ILogger<OutputSender> logger)
{
    public Task SendAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken) =>
        SendAsync(turnContext, outputs, null, cancellationToken);

    /// <returns>The question card now on screen (posted or updated this turn), or null when none was sent.</returns>
    public Task<QuestionCardDocument?> SendAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, QuestionCardDocument? typedOver, CancellationToken cancellationToken) =>
        DeliverAsync(turnContext, Plan(turnContext, outputs, typedOver), cancellationToken);

    /// <summary>Decides, without sending anything, which messages the outputs become and which earlier ones they update.</summary>
    public ReplyPlan Plan(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, QuestionCardDocument? typedOver)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(outputs);
        var activity = turnContext.Activity;
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        InvokeResponse? invokeResponse = null;
        var answered = false;
        var replies = new List<PendingReply>();
        foreach (var output in outputs)
        {
            var questionItemId = (output as QuestionOutput)?.Question.ItemId;
            var activities = ToActivities(output);
            // Only while nothing new was posted this turn: after help, 'verder' or a language switch the question
            // comes again below what was said, where the user reads on, not onto the card above it.
            var postedBefore = replies.Exists(r => r.UpdateOf is null);
            if (typedOver is { ActivityId: { Length: > 0 } cardId } && !isInvoke && !postedBefore && InPlace(output, typedOver, answered))
            {
                answered |= output is AnswerRecordedOutput;
                replies.Add(new PendingReply(activities[0]) { UpdateOf = cardId, InsteadIfUpdateFails = ToActivities(output), QuestionItemId = questionItemId });
                continue;
            }

            answered |= output is AnswerRecordedOutput;
            if (output is AdviceOutput advice && turnContext.Stream is not null)
            {
                // The streamed answer's final message; the ordinary one if the stream broke or the channel refuses it.
                var final = activities[0];
                final.Text = advice.ModelAnswerAsText ? advice.ModelAnswer : advice.Notice;
                replies.Add(new PendingReply(final) { ClosesStreamElse = ToActivities(advice with { ModelAnswerAsText = false, Notice = null })[0] });
                continue;
            }

            var submitted = output is AnswerRecordedOutput or ClosedCardOutput && !isInvoke && IsCardSubmit(activity);
            if (submitted && activity.ReplyToId is not { Length: > 0 })
            {
                // The client did not say which card was clicked, so there is nothing to replace. An answer: the
                // card still shows the choice and a second message would only be noise. A closed card says
                // what happened, so it comes as a new message.
                if (output is AnswerRecordedOutput)
                {
                    continue;
                }

                submitted = false;
            }

            foreach (var reply in activities)
            {
                var card = reply.Attachments?.FirstOrDefault()?.Content;
                if (isInvoke && invokeResponse is null && card is not null)
                {
                    invokeResponse = InvokeResponse.Card(card.DeepClone());
                    continue;
                }

                // Replace the clicked card. A typed answer does get the read-only card as a new
                // message instead: it confirms what was understood.
                // A closed card that cannot replace the clicked one is posted: what happened must be seen.
                replies.Add(submitted
                    ? new PendingReply(reply) { UpdateOf = activity.ReplyToId, InsteadIfUpdateFails = output is ClosedCardOutput ? [reply] : null }
                    : new PendingReply(reply) { QuestionItemId = questionItemId });
            }
        }

        return new ReplyPlan(replies, invokeResponse);
    }

    /// <summary>Sends a plan (made now, or kept in the outbox); returns the question card now on screen, or null when none was sent.</summary>
    public async Task<QuestionCardDocument?> DeliverAsync(TurnContext turnContext, ReplyPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(plan);
        turnContext.InvokeResponse ??= plan.InvokeResponse;
        QuestionCardDocument? shown = null;
        foreach (var reply in plan.Replies)
        {
            if (reply.ClosesStreamElse is { } ordinary)
            {
                // A replay from the outbox has no stream any more: the ordinary message then.
                await (turnContext.Stream is { } stream
                    ? stream.FinishAsync(reply.Activity, ordinary, cancellationToken)
                    : turnContext.SendActivityAsync(ordinary, cancellationToken));
                continue;
            }

            if (reply.UpdateOf is { Length: > 0 } target)
            {
                if (await TryUpdateAsync(turnContext, target, reply.Activity, cancellationToken))
                {
                    shown = reply.QuestionItemId is { } updated ? new QuestionCardDocument(target, updated) : shown;
                    continue;
                }

                // A client that cannot edit messages gets a new card instead; nothing is lost.
                foreach (var instead in reply.InsteadIfUpdateFails ?? [])
                {
                    shown = await PostAsync(turnContext, instead, reply.QuestionItemId, cancellationToken) ?? shown;
                }

                continue;
            }

            shown = await PostAsync(turnContext, reply.Activity, reply.QuestionItemId, cancellationToken) ?? shown;
        }

        if (string.Equals(turnContext.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal) && turnContext.InvokeResponse is null)
        {
            // Nothing to show in place of the card (for example an action that only changed state).
            turnContext.InvokeResponse = InvokeResponse.Message(string.Empty);
        }

        return shown;
    }

    private static async Task<QuestionCardDocument?> PostAsync(TurnContext turnContext, Activity reply, string? questionItemId, CancellationToken cancellationToken)
    {
        var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
        return questionItemId is not null && sent?.Id is { Length: > 0 } id ? new QuestionCardDocument(id, questionItemId) : null;
    }

    /// <summary>The typed answer's confirmation, or the same question again (an invalid attempt), goes onto the card on screen.</summary>
    private static bool InPlace(BotOutput output, QuestionCardDocument onScreen, bool answered) => output switch
    {
        AnswerRecordedOutput recorded => !answered && recorded.Question.ItemId == onScreen.ItemId,
        QuestionOutput question => !answered && question.Question.ItemId == onScreen.ItemId,
        _ => false,
    };

    private async Task<bool> TryUpdateAsync(TurnContext turnContext, string cardMessageId, Activity replacement, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.UpdateActivityAsync(cardMessageId, replacement, cancellationToken);
            return true;
        }
        catch (ConnectorException exception)
        {
            // Some clients cannot edit messages; the answer still counts, the old card just stays.
            LogReplaceFailed(logger, exception, (int)exception.Status);
            return false;
        }
    }

    private static bool IsCardSubmit(Activity activity) => activity.Value is { ValueKind: System.Text.Json.JsonValueKind.Object };

    private List<Activity> ToActivities(BotOutput output)
    {
        if (output is TextOutput text)
        {
            return [new Activity { Type = ActivityTypes.Message, Text = text.Text }];
        }

        return renderer.Render(output)
            .Select(card => new Activity { Type = ActivityTypes.Message, Attachments = [Attachment.AdaptiveCard(card)] })
            .ToList();
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Could not replace the answered card (status {Status})")]
    private static partial void LogReplaceFailed(ILogger logger, Exception exception, int status);
}
