namespace PartnershipBot.Storage;

/// <summary>
/// Which activities some bot instance has already taken on, kept in the database so that a channel's
/// retry that reaches another instance (or this one after a restart) is recognised. A claim expires:
/// after that the key may be claimed again, and the sweeper deletes it.
/// </summary>
internal interface IActivityClaims
{
    /// <summary>
    /// Claims <paramref name="key"/> until <paramref name="expiresAt"/>; false when an unexpired claim
    /// exists (another instance, or an earlier run, has it). Exactly one of concurrent callers wins.
    /// </summary>
    Task<bool> TryClaimAsync(string key, DateTimeOffset now, DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>Deletes claims that expired at or before <paramref name="now"/>; returns how many.</summary>
    Task<int> PurgeExpiredClaimsAsync(DateTimeOffset now, CancellationToken cancellationToken);
}
