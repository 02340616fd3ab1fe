using PartnershipBot.Dialogs.Actions;
using PartnershipBot.Dialogs.Rounds;

namespace PartnershipBot.Cards.Rounds;

/// <summary>
/// What the results card shows beside the release's own view: its figures as a chart (<see cref="Figures"/>,
/// the release's frozen aggregate), and for the consultant the partnership (so a role gap can become an
/// action) and the actions recorded since the previous round (<see cref="ActionsSince"/>; null for a first round).
/// </summary>
public sealed record RoundResultsExtras(RoundAggregate? Figures, string? PartnershipId = null, IReadOnlyList<ActionItem>? ActionsSince = null)
{
    public static RoundResultsExtras None { get; } = new(Figures: null);

    /// <summary>The release's chart and nothing to act on: the channel's card, or a round without a partnership.</summary>
    public static RoundResultsExtras ChartOnly(RoundRelease release)
    {
        ArgumentNullException.ThrowIfNull(release);
        return new RoundResultsExtras(release.Aggregate);
    }

    /// <summary>
    /// The consultant's card: the chart, the partnership for "Maak actie", and when the partnership had an earlier
    /// round (<paramref name="previousRound"/>) the actions of its register recorded since that round began.
    /// </summary>
    public static RoundResultsExtras ForConsultant(RoundRelease release, string partnershipId, Round? previousRound, IEnumerable<ActionItem>? register)
    {
        ArgumentNullException.ThrowIfNull(release);
        ArgumentException.ThrowIfNullOrWhiteSpace(partnershipId);
        var since = previousRound is null ? null : (register ?? []).Where(a => a.CreatedAt >= previousRound.CreatedAt).ToList();
        return new RoundResultsExtras(release.Aggregate, partnershipId, since);
    }
}
