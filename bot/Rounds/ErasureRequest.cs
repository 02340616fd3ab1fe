namespace PartnershipBot.Rounds;

/// <summary>
/// Who asked to be forgotten, in the tenant and channel they asked from: their Teams user id and, when Teams
/// sent it, their Entra object id, because some records (an action's owner picked in the people picker, an
/// admin setting) name a person by the latter.
/// </summary>
internal sealed record ErasureRequest(string TenantId, string ChannelId, string UserId, string? AadObjectId)
{
    /// <summary>Whether <paramref name="id"/> names this person by either id (an object id in any casing, as Entra writes them).</summary>
    public bool Names(string? id) =>
        id is { Length: > 0 } && (string.Equals(id, UserId, StringComparison.Ordinal) || string.Equals(id, AadObjectId, StringComparison.OrdinalIgnoreCase));
}
