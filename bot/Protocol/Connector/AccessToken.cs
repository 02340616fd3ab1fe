namespace PartnershipBot.Protocol.Connector;

/// <summary>A cached bearer token and the moment after which it must be refreshed.</summary>
internal sealed record AccessToken(string Value, DateTimeOffset RefreshAfter);
