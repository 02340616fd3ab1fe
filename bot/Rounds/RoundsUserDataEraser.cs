namespace PartnershipBot.Rounds;

/// <summary>"Delete my data": the user leaves every round of the tenant — participation, contact and response.</summary>
internal sealed class RoundsUserDataEraser(RoundStore store, ILogger<RoundsUserDataEraser> logger) : IUserDataEraser
{
    public async Task EraseAsync(string tenantId, string channelId, string userId, CancellationToken ct)
    {
        var erased = 0;
        foreach (var entry in (await store.IndexAsync(tenantId, ct)).Rounds)
        {
            var document = await store.GetAsync(tenantId, entry.Id, ct);
            if (document is not null && (document.Round.HasParticipant(userId) || document.Contacts.ContainsKey(userId) || document.Round.Responses.Any(r => r.ParticipantId == userId)))
            {
                await store.UpdateAsync(tenantId, entry.Id, d => d.Without(userId), ct);
                erased++;
            }
        }

        RoundsLog.Erased(logger, erased);
    }
}
