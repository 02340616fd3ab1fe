using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// One role group (or everyone, when <see cref="Role"/> is null). <see cref="Means"/> (whole points,
/// per pitfall) is empty unless the group is shown; a hidden group's count is not exposed either.
/// </summary>
public sealed record GroupResult(Role? Role, Visibility Visibility, int? Count, IReadOnlyDictionary<string, int> Means)
{
    public bool IsShown => Visibility == Visibility.Shown;

    public int? Mean(string pitfallId) => Means.TryGetValue(pitfallId, out var mean) ? mean : null;
}
