namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// A partnership as an entity, not a name: created with its first round in one conversation of one
/// tenant, with the consultants who may see its rounds. Trend and history stay within one partnership;
/// a round with the same name elsewhere belongs to a different partnership.
/// </summary>
public sealed record Partnership(
    string Id,
    string TenantId,
    string Name,
    string ConversationId,
    IReadOnlyList<string> Consultants,
    DateTimeOffset CreatedAt)
{
    public bool HasConsultant(string userId) => Consultants.Contains(userId, StringComparer.Ordinal);

    /// <summary>The same name (without case and outer spaces) in the same conversation.</summary>
    public bool Matches(string conversationId, string name) =>
        string.Equals(ConversationId, conversationId, StringComparison.Ordinal)
        && string.Equals(Name.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase);

    public Partnership WithoutConsultant(string userId) => this with { Consultants = [.. Consultants.Where(c => c != userId)] };
}
