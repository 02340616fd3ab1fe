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
        // A negation word that is part of a cue ("niemand durft te zeggen") belongs to that cue; it still
        // negates a cue of the opposite concept there ("not realistic" is the pitfall, not the lesson).
        var consumedNegators = matches
            .SelectMany(m => m.Taken.Where(p => tokens[p].IsNegator).Select(p => (Position: p, m.Cue.Target)))
            .ToLookup(x => x.Position, x => x.Target);
        var findings = new List<Finding>(matches.Count);
        foreach (var match in matches)
        {
            var opposite = settings.Opposite(match.Cue.Target);
            var negator = match.Cue.Negatable
                ? FindNegator(text, match, p => consumedNegators[p].Any(t => t != opposite), settings.NegationReach)
                : -1;
            var target = negator >= 0 ? opposite : match.Cue.Target;
            var frame = text.Frames[match.Clause];
            // A hypothesis or a topic echo describes nothing that happened; someone else's pitfall is not ours.
            var elsewhere = frame == SentenceFrame.Elsewhere || text.IsToldElsewhere(match.First);
            if (frame is SentenceFrame.Hypothetical or SentenceFrame.Echo || (elsewhere && target is not null && settings.IsPitfall(target)))
            {
                continue;
            }

            // Savings discussed only once operations run well are the lesson, not the pitfall (time order matters).
            if (frame == SentenceFrame.AfterInOrder && target is not null && settings.IsTimeGated(target))
            {
                target = opposite;
            }

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

    private static int FindNegator(PreparedText text, CueMatch match, Func<int, bool> isConsumed, int reach)
    {
        var tokens = text.Tokens;
        for (var p = match.First; p <= match.Last; p++)
        {
            if (tokens[p].IsNegator && !match.Taken.Contains(p) && !isConsumed(p))
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

            if (tokens[p].IsNegator && !isConsumed(p))
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
