using System.Text.Json.Nodes;

namespace PartnershipBot.Protocol.Connector;

/// <summary>
/// Teams reads the tenant of a new conversation from top-level <c>tenantId</c> in some paths and from
/// <c>channelData.tenant.id</c> in others; the SDK samples send both, so do we.
/// </summary>
internal static class TeamsTenant
{
    /// <summary>A copy of <paramref name="parameters"/> carrying the tenant in both places (the caller's object is left alone).</summary>
    public static ConversationParameters InBothPlaces(ConversationParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var channelData = parameters.ChannelData?.DeepClone();
        var tenantId = string.IsNullOrEmpty(parameters.TenantId) ? ReadTenant(channelData) : parameters.TenantId;
        if (!string.IsNullOrEmpty(tenantId) && (channelData is JsonObject || channelData is null))
        {
            var data = channelData as JsonObject ?? [];
            if (data["tenant"] is not JsonObject tenant)
            {
                data["tenant"] = new JsonObject { ["id"] = tenantId };
            }
            else if (tenant["id"] is null)
            {
                tenant["id"] = tenantId;
            }

            channelData = data;
        }

        return new ConversationParameters
        {
            IsGroup = parameters.IsGroup,
            Bot = parameters.Bot,
            Members = parameters.Members,
            TopicName = parameters.TopicName,
            TenantId = tenantId,
            Activity = parameters.Activity,
            ChannelData = channelData,
        };
    }

    private static string? ReadTenant(JsonNode? channelData) =>
        channelData is JsonObject data && data["tenant"] is JsonObject tenant && tenant["id"] is JsonValue id && id.TryGetValue<string>(out var value)
            ? value
            : null;
}
