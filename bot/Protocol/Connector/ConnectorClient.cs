using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using PartnershipBot.Telemetry;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// The Bot Connector v3 REST client over a typed <see cref="HttpClient"/>. Every call resolves its
/// route against the serviceUrl, decides whether the bot's token may go there, then lets
/// <see cref="ConnectorRetryPolicy"/> send fresh requests until one gives a final answer.
/// </summary>
internal sealed class ConnectorClient(
    HttpClient http, IConnectorTokenProvider tokens, ITrustedServiceUrls trust, ConnectorRetryPolicy retry, BotMetrics metrics, ILogger<ConnectorClient> logger)
    : IConnectorClient
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    public Task<ResourceResponse> SendActivityAsync(Activity activity, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (string.IsNullOrEmpty(activity.ServiceUrl) || string.IsNullOrEmpty(activity.Conversation?.Id))
        {
            throw new ArgumentException("An activity needs serviceUrl and conversation.id to be sent.", nameof(activity));
        }

        return string.IsNullOrEmpty(activity.ReplyToId)
            ? SendToConversationAsync(activity.ServiceUrl, activity.Conversation.Id, activity, cancellationToken)
            : ReplyToActivityAsync(activity.ServiceUrl, activity.Conversation.Id, activity.ReplyToId, activity, cancellationToken);
    }

    public Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string replyToId, Activity activity, CancellationToken cancellationToken) =>
        SendForResourceAsync("reply", HttpMethod.Post, serviceUrl, ConnectorRoutes.Activity(conversationId, replyToId), activity, cancellationToken);

    public Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken) =>
        SendForResourceAsync("send", HttpMethod.Post, serviceUrl, ConnectorRoutes.Activities(conversationId), activity, cancellationToken);

    public Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken) =>
        SendForResourceAsync("update", HttpMethod.Put, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), activity, cancellationToken);

    public async Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken) =>
        await ExchangeAsync("delete", HttpMethod.Delete, serviceUrl, ConnectorRoutes.Activity(conversationId, activityId), null, cancellationToken).ConfigureAwait(false);

    public Task<ResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken) =>
        SendForResourceAsync("create conversation", HttpMethod.Post, serviceUrl, ConnectorRoutes.Conversations, TeamsTenant.InBothPlaces(parameters), cancellationToken);

    public async Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string serviceUrl, string conversationId, CancellationToken cancellationToken)
    {
        var (status, text) = await ExchangeAsync("members", HttpMethod.Get, serviceUrl, ConnectorRoutes.Members(conversationId), null, cancellationToken).ConfigureAwait(false);
        return ConnectorResponses.ReadRequired<List<ChannelAccount>>("members", status, text);
    }

    public async Task<ChannelAccount> GetConversationMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken)
    {
        var (status, text) = await ExchangeAsync("member", HttpMethod.Get, serviceUrl, ConnectorRoutes.Member(conversationId, memberId), null, cancellationToken).ConfigureAwait(false);
        return ConnectorResponses.ReadRequired<ChannelAccount>("member", status, text);
    }

    private async Task<ResourceResponse> SendForResourceAsync(string operation, HttpMethod method, string serviceUrl, string route, object body, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(body);
        var (_, text) = await ExchangeAsync(operation, method, serviceUrl, route, body, cancellationToken).ConfigureAwait(false);
        if (ConnectorResponses.TryReadResource(text, out var resource))
        {
            return resource;
        }

        ConnectorLog.UnreadableSuccessBody(logger, operation, new Uri(serviceUrl).Host);
        return new ResourceResponse();
    }

    /// <summary>One span per call (its attempts are the HttpClient spans beneath it); a call that fails in the end is counted.</summary>
    private async Task<(int Status, string Body)> ExchangeAsync(
        string operation, HttpMethod method, string serviceUrl, string route, object? body, CancellationToken cancellationToken)
    {
        using var span = BotTelemetry.Source.StartActivity(BotTelemetry.Spans.Connector, ActivityKind.Client);
        span?.SetTag(BotTelemetry.Tags.ConnectorOperation, operation);
        try
        {
            var (status, text) = await ExchangeOnceAsync(operation, method, serviceUrl, route, body, cancellationToken).ConfigureAwait(false);
            span?.SetTag(BotTelemetry.Tags.HttpStatus, status);
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Ok);
            return (status, text);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var status = exception is ConnectorException { ReceivedNoAnswer: false } failure ? (int)failure.Status : (int?)null;
            span?.SetTag(BotTelemetry.Tags.Outcome, BotTelemetry.Outcomes.Failed);
            span?.SetTag(BotTelemetry.Tags.HttpStatus, status);
            span?.SetStatus(ActivityStatusCode.Error, exception.GetType().Name);
            metrics.ConnectorFailed(operation, status);
            throw;
        }
    }

    /// <summary>Sends until a final answer; returns the status and body of a 2xx, throws for anything else.</summary>
    private async Task<(int Status, string Body)> ExchangeOnceAsync(
        string operation, HttpMethod method, string serviceUrl, string route, object? body, CancellationToken cancellationToken)
    {
        var target = ConnectorRoutes.Resolve(serviceUrl, route);
        // Serialised once: every attempt sends the same bytes in a fresh request.
        var payload = body is null ? null : JsonSerializer.SerializeToUtf8Bytes(body, body.GetType(), ProtocolJson.Options);
        var token = await AuthorizeAsync(serviceUrl, target.Host, cancellationToken).ConfigureAwait(false);
        var outcome = await SendAsync(operation, method, target, token, payload, cancellationToken).ConfigureAwait(false);
        if (token is not null && outcome.Response?.StatusCode == HttpStatusCode.Unauthorized)
        {
            // A token refused before its expiry (a rotated secret, a revoked grant): one more try with a new one.
            ConnectorLog.TokenRefused(logger, operation, target.Host);
            outcome.Response.Dispose();
            tokens.Invalidate(token);
            token = await AuthorizeAsync(serviceUrl, target.Host, cancellationToken).ConfigureAwait(false);
            outcome = await SendAsync(operation, method, target, token, payload, cancellationToken).ConfigureAwait(false);
        }

        if (outcome.Response is null)
        {
            throw ConnectorResponses.NoAnswer(operation, target.Host, outcome.Failure);
        }

        using var response = outcome.Response;
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        if (response.IsSuccessStatusCode)
        {
            return ((int)response.StatusCode, text);
        }

        var failure = ConnectorResponses.Failure(operation, response.StatusCode, text, outcome.RetryAfter);
        ConnectorLog.CallFailed(logger, operation, target.Host, (int)response.StatusCode, failure.ErrorCode);
        throw failure;
    }

    private Task<RetryOutcome> SendAsync(string operation, HttpMethod method, Uri target, string? token, byte[]? payload, CancellationToken cancellationToken) =>
        retry.ExecuteAsync(operation, target.Host, async attemptToken =>
        {
            using var request = new HttpRequestMessage(method, target);
            if (token is not null)
            {
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            if (payload is not null)
            {
                request.Content = new ByteArrayContent(payload);
                request.Content.Headers.ContentType = Json;
            }

            return await http.SendAsync(request, attemptToken).ConfigureAwait(false);
        }, cancellationToken);

    private async ValueTask<string?> AuthorizeAsync(string serviceUrl, string host, CancellationToken cancellationToken)
    {
        if (!tokens.HasCredentials)
        {
            return null;
        }

        if (!trust.IsTrusted(serviceUrl))
        {
            ConnectorLog.UntrustedServiceUrl(logger, host);
            throw new UntrustedServiceUrlException(host);
        }

        return await tokens.GetTokenAsync(cancellationToken).ConfigureAwait(false);
    }
}
