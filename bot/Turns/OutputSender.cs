using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// Sends the engine's outputs in order. For a card action the clicked card is replaced: by the
/// invoke response (Action.Execute) or by updating the card's message (Action.Submit fallback).
/// </summary>
internal sealed partial class OutputSender(IOutputRenderer renderer, ILogger<OutputSender> logger)
{
    public async Task SendAsync(TurnContext turnContext, IReadOnlyList<BotOutput> outputs, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        var isInvoke = string.Equals(activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal);
        var replaced = false;
        foreach (var output in outputs)
        {
            var submitted = output is AnswerRecordedOutput && !isInvoke && IsCardSubmit(activity);
            if (submitted && activity.ReplyToId is not { Length: > 0 })
            {
                // The client did not say which card was clicked, so there is nothing to replace; the
                // card still shows the choice and a second message would only be noise.
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

                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }

        if (isInvoke && turnContext.InvokeResponse is null)
        {
            // Nothing to show in place of the card (for example an action that only changed state).
            turnContext.InvokeResponse = InvokeResponse.Message(string.Empty);
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
