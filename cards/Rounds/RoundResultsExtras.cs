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
}
