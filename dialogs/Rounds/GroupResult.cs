using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// One role group (or everyone shown, when <see cref="Role"/> is null). <see cref="Means"/> (whole points,
/// per pitfall) is empty unless the group is shown; a hidden group's count is not exposed either.
/// <see cref="HighShares"/> is the percentage at high risk per pitfall, only for groups of at least
/// <see cref="GroupSize.SpreadMinimum"/> (in a smaller group a share says too much about its members).
/// </summary>
public sealed record GroupResult(Role? Role, Visibility Visibility, int? Count, IReadOnlyDictionary<string, int> Means, IReadOnlyDictionary<string, int>? HighShares = null)
{
    public bool IsShown => Visibility == Visibility.Shown;

    public int? Mean(string pitfallId) => Means.TryGetValue(pitfallId, out var mean) ? mean : null;

    public int? HighShare(string pitfallId) => HighShares is not null && HighShares.TryGetValue(pitfallId, out var share) ? share : null;
}
