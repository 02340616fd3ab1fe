namespace PartnershipBot.Health;

/// <summary>One check in a health answer; <see cref="Reason"/> only when it did not pass.</summary>
internal sealed record HealthCheckBody(string Status, string? Reason);
