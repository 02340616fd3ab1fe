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
        var consumedNegators = new List<(int Position, string Target)>();
        foreach (var m in matches)
        {
            foreach (var p in m.Taken)
            {
                if (tokens[p].IsNegator)
                {
                    consumedNegators.Add((p, m.Cue.Target));
                }
            }
        }

        var findings = new List<Finding>(matches.Count);
        foreach (var match in matches)
        {
            var opposite = settings.Opposite(match.Cue.Target);
            var negator = match.Cue.Negatable
                ? FindNegator(text, match, matches, consumedNegators, opposite, settings.NegationReach)
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

            // A proposal turned down: what it proposed did not happen. The turning down is the negation ("afgewezen" right
            // after the cue is not a second one), so the cue counts as its opposite whatever negation words it has near.
            if (frame == SentenceFrame.Rejected)
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

    // Whether a cue of another concept than the opposite took the negation word at this position as its own.
    private static bool IsConsumed(List<(int Position, string Target)> consumed, int position, string? opposite)
    {
        foreach (var (p, target) in consumed)
        {
            if (p == position && target != opposite)
            {
                return true;
            }
        }

        return false;
    }

    private static int FindNegator(PreparedText text, CueMatch match, List<CueMatch> matches, List<(int Position, string Target)> consumed, string? opposite, int reach)
    {
        var tokens = text.Tokens;
        for (var p = match.First; p <= match.Last; p++)
        {
            if (tokens[p].IsNegator && !match.Taken.Contains(p) && !IsConsumed(consumed, p, opposite))
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

            if (tokens[p].IsNegator && !IsConsumed(consumed, p, opposite))
            {
                return p;
            }
        }

        // Dutch puts the negation after the verb at the end: "geld voor de overgang is er niet bijgekomen", "de besparing
        // wordt in jaar één niet ingeboekt". A negation word just after the cue, in its stretch of the clause, counts too.
        var clauseEnd = text.ClauseEnd(match.Clause);
        for (var p = match.Last + 1; p < clauseEnd && p - match.Last <= AfterReach; p++)
        {
            if (tokens[p].Segment != segment || tokens[p].IsBlocker)
            {
                break;
            }

            if (tokens[p].IsNegator && !IsConsumed(consumed, p, opposite) && !NegatesACueAfter(matches, match, p, AfterReach))
            {
                return p;
            }
        }

        return -1;
    }

    private const int AfterReach = 3;

    // "… begrotingen waarvan iedereen weet dat ze niet reëel zijn": that "niet" belongs to "begrotingen … niet reëel", the
    // cue around it (or to a cue right after it), not to "iedereen weet" before it.
    private static bool NegatesACueAfter(List<CueMatch> matches, CueMatch match, int negator, int reach)
    {
        foreach (var other in matches)
        {
            if (!ReferenceEquals(other, match) && ((other.First > negator && other.First - negator <= reach) || (other.First < negator && negator <= other.Last)))
            {
                return true;
            }
        }

        return false;
    }

    private static List<Finding> Correct(PreparedText text, List<Finding> findings, AnalysisSettings settings)
    {
        var kept = new List<Finding>(findings.Count);
        foreach (var f in findings)
        {
            if (!IsCorrected(f, text, settings, findings))
            {
                kept.Add(f);
            }
        }

        return kept;
    }

    // Loops over the few findings of one text rather than lookups built for each text.
    private static bool IsCorrected(Finding f, PreparedText text, AnalysisSettings settings, List<Finding> findings)
    {
        var opposite = settings.Opposite(f.Target);
        var next = f.Clause + 1;
        var correctedLater = next < text.ClauseCount && text.AfterContrast[next] && Has(findings, next, lesson: !f.IsLesson, opposite);
        return f.IsLesson ? correctedLater : correctedLater || Has(findings, f.Clause, lesson: true, opposite);
    }

    private static bool Has(List<Finding> findings, int clause, bool lesson, string? target)
    {
        foreach (var g in findings)
        {
            if (g.Clause == clause && g.IsLesson == lesson && g.Target == target)
            {
                return true;
            }
        }

        return false;
    }
}
