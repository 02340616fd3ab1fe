namespace PartnershipBot.Health;

/// <summary>The body of a health answer: <c>{"status":"Unhealthy","failed":["storage"],"checks":{…}}</c>.</summary>
internal sealed record HealthBody(string Status, IReadOnlyList<string> Failed, IReadOnlyDictionary<string, HealthCheckBody> Checks);
