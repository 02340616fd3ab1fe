using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// Sends the engine's outputs in order. For a card action the clicked card is replaced: by the
/// invoke response (Action.Execute) or by updating the card's message (Action.Submit fallback). For a
/// typed answer the question card on screen (<paramref name="typedOver"/>) is updated in place: answered,
/// it loses its buttons; after an invalid attempt it shows the hint. One question card per question.
/// </summary>
internal sealed partial class OutputSender(IOutputRenderer renderer, ILogger<OutputSender> logger)
{
    public Task SendAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken) =>
        SendAsync(turnContext, outputs, null, cancellationToken);

    /// <returns>The question card now on screen (posted or updated this turn), or null when none was sent.</returns>
    public async Task<QuestionCardDocument?> SendAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, QuestionCardDocument? typedOver, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        var replaced = false;
        var answered = false;
        QuestionCardDocument? shown = null;
        foreach (var output in outputs)
        {
            if (typedOver is { ActivityId: { Length: > 0 } cardId } && !isInvoke && InPlace(output, typedOver, answered)
                && await TryUpdateAsync(turnContext, cardId, ToActivities(output)[0], cancellationToken))
            {
                answered |= output is AnswerRecordedOutput;
                shown = output is QuestionOutput same ? new QuestionCardDocument(cardId, same.Question.ItemId) : shown;
                continue;
            }

            answered |= output is AnswerRecordedOutput;
            var submitted = output is AnswerRecordedOutput && !isInvoke && IsCardSubmit(activity);
            if (submitted && activity.ReplyToId is not { Length: > 0 })
            {
                // The client did not say which card was clicked, so there is nothing to replace; the
                // card still shows the choice and a second message would only be noise.
                continue;
            }

            if (output is AdviceOutput advice && turnContext.Stream is { } stream)
            {
                // The streamed answer's final message; the ordinary one if the stream broke or the channel refuses it.
                var final = ToActivities(advice)[0];
                final.Text = advice.ModelAnswerAsText ? advice.ModelAnswer : advice.Notice;
                await stream.FinishAsync(final, ToActivities(advice with { ModelAnswerAsText = false, Notice = null })[0], cancellationToken);
                continue;
            }

            var replies = ToActivities(output);
            foreach (var reply in replies)
            {
                var card = reply.Attachments?.FirstOrDefault()?.Content;
                if (isInvoke && !replaced && card is not null)
                {
                    turnContext.InvokeResponse = InvokeResponse.Card(card.DeepClone());
                    replaced = true;
                    continue;
                }

                if (submitted)
                {
                    // Replace the clicked card. A typed answer does get the read-only card as a new
                    // message instead: it confirms what was understood.
                    await ReplaceSubmittedCardAsync(turnContext, activity.ReplyToId!, reply, cancellationToken);
                    continue;
                }

                var sent = await turnContext.SendActivityAsync(reply, cancellationToken);
                if (output is QuestionOutput question && sent?.Id is { Length: > 0 } id)
                {
                    shown = new QuestionCardDocument(id, question.Question.ItemId);
                }
            }
        }

        if (isInvoke && turnContext.InvokeResponse is null)
        {
            // Nothing to show in place of the card (for example an action that only changed state).
            turnContext.InvokeResponse = InvokeResponse.Message(string.Empty);
        }

        return shown;
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
            // A client that cannot edit messages gets a new card instead; nothing is lost.
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

    private async Task ReplaceSubmittedCardAsync(TurnContext turnContext, string cardMessageId, Activity replacement, CancellationToken cancellationToken)
    {
        try
        {
            await turnContext.UpdateActivityAsync(cardMessageId, replacement, cancellationToken);
        }
        catch (ConnectorException exception)
        {
            // Some clients cannot edit messages; the answer still counts, the old card just stays.
            LogReplaceFailed(logger, exception, (int)exception.Status);
        }
    }

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Could not replace the answered card (status {Status})")]
    private static partial void LogReplaceFailed(ILogger logger, Exception exception, int status);
}
