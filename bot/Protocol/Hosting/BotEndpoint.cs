using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using PartnershipBot.Protocol.Auth;
using PartnershipBot.Protocol.Connector;

namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// <c>POST /api/messages</c>: the HTTP contract of a Bot Framework bot. A client's mistake gets a
/// 4xx with a short problem+json reason, never a 500; authentication failures say nothing more
/// than 401.
/// </summary>
internal sealed partial class BotEndpoint(
    BotAdapter adapter,
    IBotAuthenticator authenticator,
    ITrustedServiceUrls trustedServiceUrls,
    ILogger<BotEndpoint> logger)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task HandleAsync(HttpContext http)
    {
        ArgumentNullException.ThrowIfNull(http);
        if (!IsJson(http.Request.ContentType))
        {
            await ProblemAsync(http, StatusCodes.Status415UnsupportedMediaType, "Unsupported media type", "The body must be application/json.");
            return;
        }

        var body = await ReadBodyAsync(http);
        if (body is null)
        {
            await ProblemAsync(http, StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The body must be at most {MaxBodyBytes} bytes.");
            return;
        }

        var (activity, reason) = ActivityParser.Parse(body);
        if (activity is null)
        {
            LogRejected(logger, reason!);
            await ProblemAsync(http, StatusCodes.Status400BadRequest, "Bad request", reason!);
            return;
        }

        var auth = await authenticator.AuthenticateAsync(http.Request.Headers.Authorization.ToString() is { Length: > 0 } header ? header : null, activity.ChannelId, activity.ServiceUrl, http.RequestAborted);
        switch (auth.Status)
        {
            case AuthenticationStatus.Unauthorized:
                LogUnauthorized(logger, auth.Reason ?? "unknown", activity.ChannelId);
                http.Response.StatusCode = StatusCodes.Status401Unauthorized;
                http.Response.Headers.WWWAuthenticate = "Bearer";
                return;
            case AuthenticationStatus.KeysUnavailable:
                LogKeysUnavailable(logger, auth.Reason ?? "unknown");
                http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                return;
            case AuthenticationStatus.Authenticated when activity.ServiceUrl is not null:
                trustedServiceUrls.TrustAuthenticated(activity.ServiceUrl);
                break;
        }

        var outcome = await adapter.ProcessAsync(activity, auth.Identity);
        http.Response.StatusCode = outcome.Status;
        if (outcome.Body is not null)
        {
            await http.Response.WriteAsJsonAsync(outcome.Body, ProtocolJson.Options, contentType: "application/json; charset=utf-8");
        }
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null
        && (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase)
            || contentType.Contains("+json", StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads at most <see cref="MaxBodyBytes"/>; null when the body is larger.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentLength > MaxBodyBytes)
        {
            return null;
        }

        var sizeFeature = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (sizeFeature is { IsReadOnly: false })
        {
            sizeFeature.MaxRequestBodySize = MaxBodyBytes + 1;
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        try
        {
            int read;
            while ((read = await http.Request.Body.ReadAsync(chunk, http.RequestAborted)) > 0)
            {
                if (buffer.Length + read > MaxBodyBytes)
                {
                    return null;
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (BadHttpRequestException exception) when (exception.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return null;
        }

        return buffer.ToArray();
    }

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail)
    {
        http.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = title, Detail = detail };
        return http.Response.WriteAsJsonAsync(problem, (JsonSerializerOptions?)null, contentType: "application/problem+json");
    }

    [LoggerMessage(EventId = 1000, Level = LogLevel.Information, Message = "Rejected an activity: {Reason}")]
    private static partial void LogRejected(ILogger logger, string reason);

    [LoggerMessage(EventId = 1001, Level = LogLevel.Warning, Message = "Unauthenticated request refused ({Reason}), channel {ChannelId}")]
    private static partial void LogUnauthorized(ILogger logger, string reason, string? channelId);

    [LoggerMessage(EventId = 1002, Level = LogLevel.Error, Message = "Signing keys unavailable, refusing the request: {Reason}")]
    private static partial void LogKeysUnavailable(ILogger logger, string reason);
}
