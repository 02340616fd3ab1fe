namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// What a round may show: per role group and for everyone, never per person. <see cref="Themes"/>
/// is null when fewer than <see cref="GroupSize.ThemeMinimum"/> people responded.
/// </summary>
public sealed record RoundAggregate(
    int MinimumGroupSize,
    int Respondents,
    IReadOnlyList<string> PitfallIds,
    IReadOnlyList<GroupResult> Groups,
    GroupResult Total,
    IReadOnlyList<ThemeCount>? Themes)
{
    public IEnumerable<GroupResult> ShownGroups => Groups.Where(g => g.IsShown);
}
