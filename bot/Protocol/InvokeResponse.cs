using System.Text.Json.Nodes;

namespace PartnershipBot.Protocol;

/// <summary>The HTTP status and JSON body an invoke is answered with.</summary>
internal sealed record InvokeResponse(int Status, JsonNode? Body)
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    /// <summary>Replaces the card the user clicked with <paramref name="card"/>.</summary>
    public static InvokeResponse Card(JsonNode card) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = CardType, ["value"] = card });

    /// <summary>Shows <paramref name="text"/> to the user as a message.</summary>
    public static InvokeResponse Message(string text) =>
        new(200, new JsonObject { ["statusCode"] = 200, ["type"] = MessageType, ["value"] = text });

    /// <summary>An adaptiveCard/action the bot cannot take; the HTTP status equals the body's statusCode.</summary>
    public static InvokeResponse Error(int status, string code, string message) =>
        new(status, new JsonObject
        {
            ["statusCode"] = status,
            ["type"] = ErrorType,
            ["value"] = new JsonObject { ["code"] = code, ["message"] = message },
        });

    /// <summary>An invoke name this bot has no handler for (what the SDK answers).</summary>
    public static InvokeResponse NotImplemented { get; } = new(501, null);
}
