using System.Text.Json.Nodes;

namespace PartnershipBot.Bot.Tests.Hosting;

/// <summary>One running bot a test posts activities to: an in-process host or a separate process.</summary>
internal interface IBotInstance
{
    Task<HttpResponseMessage> PostActivityAsync(JsonObject activity, string? bearerToken = null);
}
