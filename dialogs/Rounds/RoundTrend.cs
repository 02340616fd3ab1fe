namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// Change against the previous round of the same partnership. Only groups shown in both rounds are
/// compared: a difference with a hidden group would reveal it.
/// </summary>
public static class RoundTrend
{
    public static IReadOnlyList<TrendLine> Compare(RoundAggregate current, RoundAggregate previous)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(previous);
        var lines = new List<TrendLine>();
        foreach (var now in current.Groups.Prepend(current.Total).Where(g => g.IsShown))
        {
            var before = now.Role is null ? previous.Total : previous.Groups.FirstOrDefault(g => g.Role == now.Role);
            if (before is not { IsShown: true })
            {
                continue;
            }

            foreach (var pitfall in current.PitfallIds)
            {
                if (now.Mean(pitfall) is { } currentMean && before.Mean(pitfall) is { } previousMean)
                {
                    lines.Add(new TrendLine(now.Role, pitfall, previousMean, currentMean));
                }
            }
        }

        return lines;
    }
}
