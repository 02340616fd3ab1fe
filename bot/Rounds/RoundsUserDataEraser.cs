namespace PartnershipBot.Rounds;

/// <summary>
/// "Delete my data": the user leaves every round of the tenant — participation, contact and response —
/// and, where they ran a round or a partnership, their name and id leave it too. Released figures stay:
/// they are anonymous, and changing them would reveal who left.
/// </summary>
internal sealed class RoundsUserDataEraser(RoundStore store, ILogger<RoundsUserDataEraser> logger) : IUserDataEraser
{
    public async Task EraseAsync(ErasureRequest user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var (tenantId, userId) = (user.TenantId, user.UserId);
        var erased = 0;
        var index = await store.IndexAsync(tenantId, ct);
        foreach (var entry in index.Rounds)
        {
            var document = await store.GetAsync(tenantId, entry.Id, ct);
            if (document is not null && (document.Round.HasParticipant(userId) || document.Contacts.ContainsKey(userId)
                || document.Round.Responses.Any(r => r.ParticipantId == userId) || document.Round.ConsultantId == userId))
            {
                await store.UpdateAsync(tenantId, entry.Id, d => d.Without(userId), ct);
                erased++;
            }
        }

        foreach (var partnershipId in index.Rounds.Select(r => r.PartnershipId).OfType<string>().Distinct(StringComparer.Ordinal))
        {
            await store.UpdatePartnershipAsync(tenantId, partnershipId, p => p is null || !p.HasConsultant(userId) ? p : p.WithoutConsultant(userId), ct);
        }

        RoundsLog.Erased(logger, erased);
    }
}
