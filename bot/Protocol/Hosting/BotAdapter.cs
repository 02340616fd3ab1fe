using System.Diagnostics;
using System.Security.Claims;
using System.Text.Json;
using System.Text.Json.Nodes;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Runs one authenticated activity through the bot (the SDK's CloudAdapter, minus HTTP): one turn
/// per conversation at a time, a retried activity id only once, and one error boundary that logs
/// ids (never user text) and apologises.
/// </summary>
internal sealed partial class BotAdapter(
    IBot bot,
    IConnectorClient connector,
    ConversationTurnQueue queue,
    ActivityDeduplicator deduplicator,
    IEnumerable<IRetriedActivityHandler> retryHandlers,
    IHostApplicationLifetime lifetime,
    BotMetrics metrics,
    TimeProvider time,
    ILogger<BotAdapter> logger)
{
    public Task<TurnOutcome> ProcessAsync(Activity activity, ClaimsIdentity? identity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        var conversationKey = $"{activity.ChannelId}|{activity.Conversation?.Id}";
        Func<Task<TurnOutcome>> turn = () => queue.RunAsync(conversationKey, () => RunTurnAsync(activity, identity), lifetime.ApplicationStopping);
        Func<Task<TurnOutcome>> retried = () => queue.RunAsync(conversationKey, () => RunRetryAsync(activity), lifetime.ApplicationStopping);
        return string.IsNullOrEmpty(activity.Id)
            ? turn()
            : deduplicator.RunOnceAsync($"{conversationKey}|{activity.Id}", turn, retried);
    }

    /// <summary>A retry of an activity another run took on: the turn is not run again, but what it saved to send may still go out.</summary>
    private async Task<TurnOutcome> RunRetryAsync(Activity activity)
    {
        foreach (var handler in retryHandlers)
        {
            await handler.OnRetryAsync(activity, lifetime.ApplicationStopping);
        }

        return TurnOutcome.Ok;
    }

    private async Task<TurnOutcome> RunTurnAsync(Activity activity, ClaimsIdentity? identity)
    {
        // The turn outlives a dropped HTTP request: a channel retry must find it finished, not half done.
        var cancellationToken = lifetime.ApplicationStopping;
        var context = new TurnContext(activity, identity, connector);
        var activityType = ActivityTypeTag.Of(activity.Type);
        var started = time.GetTimestamp();
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.Spans.Turn);
        span?.SetTag(BotTelemetry.Tags.ActivityType, activityType);
        var outcome = BotTelemetry.Outcomes.Cancelled;
        try
        {
            await bot.OnTurnAsync(context, cancellationToken);
            outcome = BotTelemetry.Outcomes.Ok;
            return Outcome(context);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            outcome = BotTelemetry.Outcomes.Failed;
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            LogTurnFailed(logger, exception, activity.Type, activity.Id, activity.Conversation?.Id);
            return await ApologiseAsync(context, cancellationToken);
        }
        finally
        {
            span?.SetTag(BotTelemetry.Tags.Outcome, outcome);
            metrics.TurnCompleted(activityType, outcome, time.GetElapsedTime(started));
        }
    }

    private static TurnOutcome Outcome(TurnContext context)
    {
        if (context.ExpectReplies)
        {
            var replies = new JsonArray(context.BufferedReplies
                .Select(a => JsonSerializer.SerializeToNode(a, ProtocolJson.Options))
                .ToArray());
            return new TurnOutcome(200, new JsonObject { ["activities"] = replies });
        }

        if (string.Equals(context.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            var invoke = context.InvokeResponse ?? InvokeResponse.NotImplemented;
            return new TurnOutcome(invoke.Status, invoke.Body);
        }

        return TurnOutcome.Ok;
    }

    private async Task<TurnOutcome> ApologiseAsync(TurnContext context, CancellationToken cancellationToken)
    {
        var text = Apology(context.Activity.Locale);
        if (string.Equals(context.Activity.Type, ActivityTypes.Invoke, StringComparison.Ordinal))
        {
            var message = InvokeResponse.Message(text);
            return new TurnOutcome(message.Status, message.Body);
        }

        try
        {
            await context.SendActivityAsync(new Activity { Type = ActivityTypes.Message, Text = text }, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogApologyFailed(logger, exception, context.Activity.Conversation?.Id);
        }

        return Outcome(context);
    }

    private static string Apology(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase)
            ? "Sorry, something went wrong on my side. Your answers so far are safe; please try again."
            : "Sorry, er ging aan mijn kant iets mis. Uw antwoorden tot nu toe zijn bewaard; probeer het nog eens.";

    [LoggerMessage(EventId = 1100, Level = LogLevel.Error, Message = "Turn failed: activity type {ActivityType}, id {ActivityId}, conversation {ConversationId}")]
    private static partial void LogTurnFailed(ILogger logger, Exception exception, string? activityType, string? activityId, string? conversationId);

    [LoggerMessage(EventId = 1101, Level = LogLevel.Warning, Message = "Could not deliver the apology in conversation {ConversationId}")]
    private static partial void LogApologyFailed(ILogger logger, Exception exception, string? conversationId);
}
