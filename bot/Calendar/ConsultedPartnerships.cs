using Microsoft.Extensions.Options;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Rounds;

namespace PartnershipBot.Calendar;

/// <summary>
/// The partnerships a user may plan for, within the asking tenant only: those whose consultant they are
/// (the partnership entity's consultants, as for rounds), or every partnership of the tenant for an admin
/// (<c>Rounds:Admins</c>). A name picks among those; two of one name are offered as a choice, never merged.
/// </summary>
internal sealed class ConsultedPartnerships(RoundStore rounds, IOptions<RoundsOptions> options)
{
    /// <summary>
    /// By id when given (a card's button), else by name, else the partnership of the user's latest round.
    /// </summary>
    public async Task<PartnershipLookup> FindAsync(string tenantId, ChannelAccount user, string? name, string? partnershipId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        var mine = await ListAsync(tenantId, user, ct);
        if (partnershipId is { Length: > 0 })
        {
            return mine.FirstOrDefault(p => p.Id == partnershipId) is { } byId ? new PartnershipLookup(byId, [byId]) : PartnershipLookup.None;
        }

        var named = name is { Length: > 0 } ? [.. mine.Where(p => SameName(p.Name, name))] : mine.Take(1).ToList();
        return named.Count == 1 ? new PartnershipLookup(named[0], named) : new PartnershipLookup(null, named);
    }

    /// <summary>The user's partnerships, the one with the latest round first.</summary>
    public async Task<IReadOnlyList<Partnership>> ListAsync(string tenantId, ChannelAccount user, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Id is not { } userId)
        {
            return [];
        }

        var admin = options.Value.IsAdmin(userId, user.AadObjectId);
        return [.. (await AllAsync(tenantId, ct)).Where(p => admin || p.HasConsultant(userId))];
    }

    /// <summary>Every partnership of the tenant with this name (trimmed, any casing): those that shared data under the old name keys.</summary>
    public async Task<IReadOnlyList<Partnership>> NamedAsync(string tenantId, string name, CancellationToken ct) =>
        [.. (await AllAsync(tenantId, ct)).Where(p => SameName(p.Name, name))];

    private async Task<IReadOnlyList<Partnership>> AllAsync(string tenantId, CancellationToken ct)
    {
        var ids = (await rounds.IndexAsync(tenantId, ct)).Rounds
            .Where(r => r.PartnershipId is not null)
            .OrderByDescending(r => r.CreatedAt)
            .Select(r => r.PartnershipId!)
            .Distinct(StringComparer.Ordinal);
        var found = new List<Partnership>();
        foreach (var id in ids)
        {
            if (await rounds.PartnershipAsync(tenantId, id, ct) is { } partnership && partnership.TenantId == tenantId)
            {
                found.Add(partnership);
            }
        }

        return found;
    }

    private static bool SameName(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
