using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Retries 429, 412 and 5xx gateway answers, connection failures and timeouts with exponential
/// backoff and jitter, honouring Retry-After, within a bounded number of attempts and time.
/// It takes a request factory rather than sitting in the handler chain so that every attempt is a
/// fresh request message. All waits and timeouts run on the injected <see cref="TimeProvider"/>.
/// </summary>
internal sealed class ConnectorRetryPolicy(IOptions<ConnectorOptions> options, TimeProvider time, ILogger<ConnectorRetryPolicy> logger)
{
    public async Task<RetryOutcome> ExecuteAsync(
        string operation, string host, Func<CancellationToken, Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(send);
        var settings = options.Value;
        var started = time.GetTimestamp();
        for (var attempt = 1; ; attempt++)
        {
            var remaining = settings.TotalBudget - time.GetElapsedTime(started);
            var (response, failure) = await AttemptAsync(send, Min(settings.AttemptTimeout, remaining), cancellationToken).ConfigureAwait(false);
            if (response is not null && !IsRetryable(response.StatusCode))
            {
                return new RetryOutcome(response, null, null);
            }

            var retryAfter = response is null ? null : ReadRetryAfter(response);
            var wait = retryAfter ?? JitteredBackoff(settings, attempt);
            var overBudget = time.GetElapsedTime(started) + wait >= settings.TotalBudget;
            if (attempt >= settings.MaxAttempts || overBudget || retryAfter > settings.MaxRetryAfter)
            {
                ConnectorLog.GaveUp(logger, operation, host, attempt, Describe(response, failure));
                return new RetryOutcome(response, failure, retryAfter);
            }

            ConnectorLog.Retrying(logger, operation, host, attempt, Describe(response, failure), (long)wait.TotalMilliseconds);
            response?.Dispose();
            await Task.Delay(wait, time, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>412, 429 and the gateway 5xx are what Teams and Azure advise to retry; 501 and other 4xx are final.</summary>
    internal static bool IsRetryable(HttpStatusCode status) => status is HttpStatusCode.PreconditionFailed
        or HttpStatusCode.TooManyRequests or HttpStatusCode.InternalServerError or HttpStatusCode.BadGateway
        or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private async Task<(HttpResponseMessage? Response, Exception? Failure)> AttemptAsync(
        Func<CancellationToken, Task<HttpResponseMessage>> send, TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var timeoutSource = new CancellationTokenSource(Max(timeout, TimeSpan.FromMilliseconds(1)), time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeoutSource.Token);
        try
        {
            return (await send(linked.Token).ConfigureAwait(false), null);
        }
        catch (HttpRequestException exception)
        {
            return (null, exception);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Our own attempt timeout fired, not the caller's cancellation.
            return (null, new TimeoutException("The connector did not answer within the attempt timeout.", exception));
        }
    }

    private TimeSpan? ReadRetryAfter(HttpResponseMessage response)
    {
        var header = response.Headers.RetryAfter;
        if (header?.Delta is { } delta)
        {
            return Max(delta, TimeSpan.Zero);
        }

        return header?.Date is { } date ? Max(date - time.GetUtcNow(), TimeSpan.Zero) : null;
    }

    private const double MinimumJitterShare = 0.1;

    private static TimeSpan JitteredBackoff(ConnectorOptions settings, int attempt)
    {
        // Jitter between a tenth of the ceiling and the ceiling: spread like full jitter, but never an
        // immediate retry (which a busy connector would only answer with the same error).
        var ceiling = Min(settings.BaseDelay * Math.Pow(2, Math.Min(attempt - 1, 16)), settings.MaxDelay);
        return ceiling * (MinimumJitterShare + ((1 - MinimumJitterShare) * Random.Shared.NextDouble()));
    }

    private static string Describe(HttpResponseMessage? response, Exception? failure) =>
        response is not null ? ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture)
            : failure is TimeoutException ? "timeout" : "connection failure";

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
