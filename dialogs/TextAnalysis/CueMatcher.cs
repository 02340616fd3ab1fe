namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Finds, per clause, the tightest place where all terms of a cue occur within its window.</summary>
internal static class CueMatcher
{
    public static List<CueMatch> FindAll(PreparedText text, LanguageLexicon lexicon)
    {
        var matches = new List<CueMatch>();
        var occurrences = new List<(int Start, int Length)>[8];
        var taken = new List<int>();
        var candidates = Candidates(text, lexicon);
        for (var c = 0; c < text.ClauseCount; c++)
        {
            var from = text.ClauseStarts[c];
            var to = text.ClauseEnd(c);
            foreach (var cue in candidates)
            {
                if (TryMatch(cue, text, from, to, occurrences, taken) is { } match)
                {
                    matches.Add(match with { Clause = c });
                }
            }
        }

        return matches;
    }

    // The cues whose every term has an alternative whose first atom occurs in the text, in lexicon order. Only cues that
    // one of the text's atoms can open are looked at: most of the lexicon is skipped without a look-up.
    private static List<CuePattern> Candidates(PreparedText text, LanguageLexicon lexicon)
    {
        var cues = lexicon.Cues;
        Span<bool> opened = cues.Count <= 1024 ? stackalloc bool[cues.Count] : new bool[cues.Count];
        foreach (var atom in text.Present)
        {
            foreach (var c in lexicon.CuesByFirstAtom[atom])
            {
                opened[c] = true;
            }
        }

        var candidates = new List<CuePattern>();
        for (var c = 0; c < cues.Count; c++)
        {
            if (opened[c] && AllTermsPresent(cues[c].AtomIds, text.Present))
            {
                candidates.Add(cues[c]);
            }
        }

        return candidates;
    }

    private static bool AllTermsPresent(int[][][] terms, HashSet<int> present)
    {
        foreach (var term in terms)
        {
            var any = false;
            for (var a = 0; a < term.Length && !any; a++)
            {
                any = present.Contains(term[a][0]);
            }

            if (!any)
            {
                return false;
            }
        }

        return true;
    }

    private static CueMatch? TryMatch(CuePattern cue, PreparedText text, int from, int to, List<(int Start, int Length)>[] occurrences, List<int> taken)
    {
        var termCount = cue.AtomIds.Length;
        if (termCount > occurrences.Length)
        {
            return null;
        }

        for (var t = 0; t < termCount; t++)
        {
            var list = occurrences[t] ??= [];
            list.Clear();
            Collect(cue.AtomIds[t], text.TokenAtoms, from, to, list);
            if (list.Count == 0)
            {
                return null;
            }
        }

        CueMatch? best = null;
        var bestSpan = int.MaxValue;
        foreach (var anchor in occurrences[0])
        {
            taken.Clear();
            Take(taken, anchor);
            var first = anchor.Start;
            var last = anchor.Start + anchor.Length - 1;
            var ok = true;
            for (var t = 1; t < termCount && ok; t++)
            {
                (int Start, int Length)? pick = null;
                var pickSpan = int.MaxValue;
                foreach (var occ in occurrences[t])
                {
                    var end = occ.Start + occ.Length - 1;
                    if ((cue.Ordered && occ.Start <= last) || Overlaps(taken, occ))
                    {
                        continue;
                    }

                    var span = Math.Max(last, end) - Math.Min(first, occ.Start);
                    if (span < pickSpan)
                    {
                        pickSpan = span;
                        pick = occ;
                    }
                }

                if (pick is not { } chosen)
                {
                    ok = false;
                    continue;
                }

                Take(taken, chosen);
                first = Math.Min(first, chosen.Start);
                last = Math.Max(last, chosen.Start + chosen.Length - 1);
            }

            if (ok && last - first + 1 <= cue.Window && last - first < bestSpan)
            {
                bestSpan = last - first;
                best = new CueMatch(cue, first, last, 0, [.. taken]);
            }
        }

        return best;
    }

    private static void Collect(int[][] alternatives, int[][] tokenAtoms, int from, int to, List<(int Start, int Length)> into)
    {
        for (var i = from; i < to; i++)
        {
            foreach (var atoms in alternatives)
            {
                if (i + atoms.Length > to)
                {
                    continue;
                }

                var all = true;
                for (var a = 0; a < atoms.Length && all; a++)
                {
                    all = Array.IndexOf(tokenAtoms[i + a], atoms[a]) >= 0;
                }

                if (all)
                {
                    into.Add((i, atoms.Length));
                    break;
                }
            }
        }
    }

    private static void Take(List<int> taken, (int Start, int Length) occ)
    {
        for (var p = occ.Start; p < occ.Start + occ.Length; p++)
        {
            taken.Add(p);
        }
    }

    private static bool Overlaps(List<int> taken, (int Start, int Length) occ)
    {
        for (var p = occ.Start; p < occ.Start + occ.Length; p++)
        {
            if (taken.Contains(p))
            {
                return true;
            }
        }

        return false;
    }
}
