using System.Globalization;
using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Dialogs.Rounds.RoundTexts;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Response rate without scores: invited (the conversation's members, when known), joined, finished per
/// role and how many are in released figures. A count between 1 and N−1 shows as "fewer than N", so the
/// view never narrows a role down to one or two people.
/// </summary>
public static class RoundProgressBuilder
{
    public static RoundProgressView Build(Round round, int? invited, Language l)
    {
        ArgumentNullException.ThrowIfNull(round);
        var ui = RoundUi.For(l);
        var n = round.MinimumGroupSize;
        var facts = new List<(string, string)>
        {
            (ui.InvitedLabel, invited is { } i ? Shown(i, n, ui) : ui.Unknown),
            (ui.JoinedLabel, Shown(round.Participants.Count, n, ui)),
        };
        foreach (var role in RoundAggregator.Roles)
        {
            var finished = round.Responses.Count(r => r.Role == role);
            facts.Add(($"{ui.FinishedLabel} · {RoleGroup(role, l)}", Shown(finished, n, ui)));
        }

        // Released respondents are whole cohorts (0 or at least N), so their count needs no rounding.
        facts.Add((ui.ReleasedLabel, round.AdmittedCohorts.Sum(c => c.Count).ToString(CultureInfo.InvariantCulture)));
        var canRelease = RoundReleaser.CanRelease(round);
        return new RoundProgressView(
            round.Id,
            l,
            ui.ProgressTitle(round.PartnershipName),
            ui.ProgressIntro,
            facts,
            !round.IsOpen ? ui.ClosedNoChange : canRelease ? ui.CanReleaseText(n) : ui.CannotReleaseText(n),
            canRelease,
            round.LatestRelease?.Sequence,
            !round.IsOpen);
    }

    private static string Shown(int count, int n, RoundUi ui) =>
        count is > 0 && count < n ? ui.FewerThan(n) : count.ToString(CultureInfo.InvariantCulture);
}
