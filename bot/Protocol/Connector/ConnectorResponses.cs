using System.Diagnostics.CodeAnalysis;
using System.Net;
using System.Text.Json;

namespace PartnershipBot.Protocol.Connector;

/// <summary>Reading connector answers: resources, lists, and the <c>{"error":{"code","message"}}</c> shape.</summary>
internal static class ConnectorResponses
{
    /// <summary>An empty or <c>{}</c> body is a valid answer (DELETE, some channels' 202); only malformed JSON fails.</summary>
    public static bool TryReadResource(string text, [NotNullWhen(true)] out ResourceResponse? resource)
    {
        resource = new ResourceResponse();
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }

        try
        {
            resource = JsonSerializer.Deserialize<ResourceResponse>(text, ProtocolJson.Options) ?? resource;
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    public static T ReadRequired<T>(string operation, int status, string text)
        where T : class
    {
        try
        {
            if (!string.IsNullOrWhiteSpace(text) && JsonSerializer.Deserialize<T>(text, ProtocolJson.Options) is { } value)
            {
                return value;
            }
        }
        catch (JsonException exception)
        {
            throw new ConnectorException((HttpStatusCode)status, null, $"Connector {operation} answered {status} with a body that is not the expected JSON.", exception);
        }

        throw new ConnectorException((HttpStatusCode)status, null, $"Connector {operation} answered {status} without a body.");
    }

    public static ConnectorException Failure(string operation, HttpStatusCode status, string text, TimeSpan? retryAfter)
    {
        var (code, message) = ReadError(text);
        var detail = message is null ? string.Empty : $": {message}";
        return new ConnectorException(status, code, $"Connector {operation} answered {(int)status} ({code ?? status.ToString()}){detail}")
        {
            RetryAfter = retryAfter,
        };
    }

    public static ConnectorException NoAnswer(string operation, string host, Exception? failure)
    {
        var status = failure is TimeoutException ? HttpStatusCode.GatewayTimeout : HttpStatusCode.ServiceUnavailable;
        return new ConnectorException(status, null, $"Connector {operation} on {host} got no answer.", failure) { ReceivedNoAnswer = true };
    }

    private static (string? Code, string? Message) ReadError(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return (null, null);
        }

        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object)
            {
                return (StringOrNull(error, "code"), StringOrNull(error, "message"));
            }
        }
        catch (JsonException)
        {
            // Not the documented ErrorResponse (a proxy's HTML page, say): the status alone must do.
        }

        return (null, null);
    }

    private static string? StringOrNull(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
