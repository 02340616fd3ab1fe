using Microsoft.Extensions.Options;
using PartnershipBot.Protocol;
using PartnershipBot.Rounds;

namespace PartnershipBot.Calendar;

/// <summary>
/// The partnership a user may plan for: one whose round they run as consultant, or any for an admin,
/// within the asking tenant only. Until partnerships are entities, a partnership is found through its
/// rounds; this is the one place that knows that.
/// </summary>
internal sealed class ConsultedPartnerships(RoundStore rounds, IOptions<RoundsOptions> options)
{
    /// <summary>The named partnership (or, without a name, the one of the user's latest round) as its rounds spell it; null when the user may not plan for it.</summary>
    public async Task<string?> FindAsync(string tenantId, ChannelAccount user, string? name, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id is not { } userId)
        {
            return null;
        }

        var admin = options.Value.IsAdmin(userId, user.AadObjectId);
        var candidates = (await rounds.IndexAsync(tenantId, ct)).Rounds
            .Where(r => name is null || string.Equals(r.PartnershipName.Trim(), name.Trim(), StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(r => r.CreatedAt);
        foreach (var entry in candidates)
        {
            if (admin)
            {
                return entry.PartnershipName;
            }

            if (await rounds.GetAsync(tenantId, entry.Id, ct) is { } document && string.Equals(document.Round.ConsultantId, userId, StringComparison.Ordinal))
            {
                return document.Round.PartnershipName;
            }
        }

        return null;
    }
}
