using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>Teams-shaped activities as a channel sends them (ids, tenant, serviceUrl).</summary>
internal static class Activities
{
    public const string Tenant = "tenant-1";
    public const string BotId = "28:bot-app";
    public const string UserId = "29:user-1";

    public static JsonObject Message(string text, string conversationId = "a:conv-1", string? serviceUrl = "http://127.0.0.1:9/", string? id = null, string locale = "nl-NL") =>
        Base("message", conversationId, serviceUrl, id, locale, new JsonObject { ["text"] = text, ["textFormat"] = "plain" });

    public static JsonObject Invoke(string name, JsonNode? value, string conversationId = "a:conv-1", string? serviceUrl = "http://127.0.0.1:9/", string? id = null) =>
        Base("invoke", conversationId, serviceUrl, id, "nl-NL", new JsonObject { ["name"] = name, ["value"] = value });

    public static JsonObject Base(string type, string conversationId, string? serviceUrl, string? id, string locale, JsonObject? extra = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = id ?? Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-27T10:00:00.000Z",
            ["channelId"] = "msteams",
            ["serviceUrl"] = serviceUrl,
            ["from"] = new JsonObject { ["id"] = UserId, ["name"] = "Anne", ["aadObjectId"] = "aad-user-1" },
            ["recipient"] = new JsonObject { ["id"] = BotId, ["name"] = "PartnershipBot" },
            ["conversation"] = new JsonObject { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = Tenant },
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
            ["locale"] = locale,
        };
        foreach (var (key, value) in extra ?? [])
        {
            activity[key] = value?.DeepClone();
        }

        return activity;
    }

    public static JsonObject ExpectReplies(this JsonObject activity)
    {
        activity["deliveryMode"] = "expectReplies";
        return activity;
    }
}
