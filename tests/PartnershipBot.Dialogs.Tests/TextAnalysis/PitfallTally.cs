namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>Pitfall precision, recall and F1 over predicted pitfall lists, and false alarms on lines labelled with none.</summary>
internal sealed record PitfallTally(IReadOnlyList<LabelScore> Pitfalls, int HealthyLines, int HealthyFalseAlarms)
{
    public double MacroF1 => Pitfalls.Average(p => p.F1);

    public static PitfallTally Of(IEnumerable<(IReadOnlyList<string> Expected, IReadOnlyCollection<string> Got)> rows)
    {
        var list = rows.ToArray();
        var scores = Evaluation.PitfallIds.Select(id => new LabelScore(
            id,
            list.Count(r => r.Expected.Contains(id) && r.Got.Contains(id)),
            list.Count(r => !r.Expected.Contains(id) && r.Got.Contains(id)),
            list.Count(r => r.Expected.Contains(id) && !r.Got.Contains(id)))).ToArray();
        return new PitfallTally(scores, list.Count(r => r.Expected.Count == 0), list.Count(r => r.Expected.Count == 0 && r.Got.Count > 0));
    }
}
