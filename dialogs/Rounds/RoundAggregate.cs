namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// What a round may show: per role group and for everyone shown, never per person. A group is shown only
/// from whole cohorts of at least N respondents; the total counts the shown groups only, so nothing can be
/// subtracted from it. <see cref="Themes"/> is null when fewer than <see cref="GroupSize.ThemeMinimum"/>
/// respondents are counted.
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
