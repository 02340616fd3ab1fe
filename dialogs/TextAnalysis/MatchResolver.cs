namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// Turns raw cue matches into findings: applies negation (a negated cue supports the opposite concept),
/// open-question damping, and correction — a healthy practice in the same clause, or in a clause that
/// follows "maar"/"but", cancels its paired pitfall there (and a pitfall after "but" cancels the lesson before).
/// </summary>
internal static class MatchResolver
{
    public static List<Finding> Resolve(PreparedText text, List<CueMatch> matches, AnalysisSettings settings)
    {
        var tokens = text.Tokens;
        var consumedNegators = new HashSet<int>(matches.SelectMany(m => m.Taken).Where(p => tokens[p].IsNegator));
        var findings = new List<Finding>(matches.Count);
        foreach (var match in matches)
        {
            var negator = match.Cue.Negatable ? FindNegator(text, match, consumedNegators, settings.NegationReach) : -1;
            var target = negator >= 0 ? settings.Opposite(match.Cue.Target) : match.Cue.Target;
            if (target is null)
            {
                continue;
            }

            var weight = match.Cue.Weight * (text.Hedged[match.Clause] ? settings.QuestionFactor : 1.0);
            var first = negator >= 0 ? Math.Min(negator, match.First) : match.First;
            findings.Add(new Finding(match.Cue.Id, target, !settings.IsPitfall(target), weight, match.Clause, tokens[first].Start, tokens[match.Last].End));
        }

        return Correct(text, findings, settings);
    }

    private static int FindNegator(PreparedText text, CueMatch match, HashSet<int> consumed, int reach)
    {
        var tokens = text.Tokens;
        for (var p = match.First; p <= match.Last; p++)
        {
            if (tokens[p].IsNegator && !match.Taken.Contains(p) && !consumed.Contains(p))
            {
                return p;
            }
        }

        var clauseStart = text.ClauseStarts[match.Clause];
        var segment = tokens[match.First].Segment;
        for (var p = match.First - 1; p >= clauseStart && match.First - p <= reach; p--)
        {
            if (tokens[p].Segment != segment || tokens[p].IsBlocker)
            {
                break;
            }

            if (tokens[p].IsNegator && !consumed.Contains(p))
            {
                return p;
            }
        }

        return -1;
    }

    private static List<Finding> Correct(PreparedText text, List<Finding> findings, AnalysisSettings settings)
    {
        var lessonsByClause = findings.Where(f => f.IsLesson).ToLookup(f => f.Clause, f => f.Target);
        var pitfallsByClause = findings.Where(f => !f.IsLesson).ToLookup(f => f.Clause, f => f.Target);
        return findings.Where(f => !IsCorrected(f, text, settings, lessonsByClause, pitfallsByClause)).ToList();
    }

    private static bool IsCorrected(Finding f, PreparedText text, AnalysisSettings settings, ILookup<int, string> lessons, ILookup<int, string> pitfalls)
    {
        var opposite = settings.Opposite(f.Target);
        var next = f.Clause + 1;
        var correctedLater = next < text.ClauseCount && text.AfterContrast[next]
            && (f.IsLesson ? pitfalls[next] : lessons[next]).Contains(opposite);
        return f.IsLesson ? correctedLater : correctedLater || lessons[f.Clause].Contains(opposite);
    }
}
