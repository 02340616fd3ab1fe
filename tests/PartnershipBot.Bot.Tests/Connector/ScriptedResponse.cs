using System.Globalization;
using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Connector;

/// <summary>What a loopback server answers to one request. <see cref="Hold"/> delays the answer until it completes.</summary>
internal sealed record ScriptedResponse(int Status, string? Body = null, IReadOnlyDictionary<string, string>? Headers = null)
{
    /// <summary>When set, the answer waits for this task (or for the client to give up on the request).</summary>
    public Task? Hold { get; init; }

    public static ScriptedResponse Json(int status, JsonNode body) => new(status, body.ToJsonString());

    /// <summary>The connector's ErrorResponse shape.</summary>
    public static ScriptedResponse Error(int status, string code, string message = "scripted failure") =>
        Json(status, new JsonObject { ["error"] = new JsonObject { ["code"] = code, ["message"] = message } });

    public static ScriptedResponse TooManyRequests(int retryAfterSeconds) =>
        new(429, null, new Dictionary<string, string> { ["Retry-After"] = retryAfterSeconds.ToString(CultureInfo.InvariantCulture) });

    public static ScriptedResponse TooManyRequestsUntil(DateTimeOffset date) =>
        new(429, null, new Dictionary<string, string> { ["Retry-After"] = date.ToString("r", CultureInfo.InvariantCulture) });

    /// <summary>Never answers: the client's timeout must end the request.</summary>
    public static ScriptedResponse Hang() => new(200) { Hold = new TaskCompletionSource().Task };
}
