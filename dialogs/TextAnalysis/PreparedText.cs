using Lucene.Net.Tartarus.Snowball;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// The message as one language sees it: stemmed tokens cut into clauses. A clause ends at a full stop or
/// semicolon, and also before a contrast marker ("maar", "but") or a clause-break word ("terwijl", "while").
/// </summary>
internal sealed class PreparedText
{
    private PreparedText(AnalysisToken[] tokens, int[] clauseStarts, bool[] afterContrast, bool[] hedged, int[][] tokenAtoms, HashSet<int> present, SentenceFrame[] frames, bool[]? toldElsewhere)
    {
        Frames = frames;
        _toldElsewhere = toldElsewhere;
        Tokens = tokens;
        TokenAtoms = tokenAtoms;
        Present = present;
        ClauseStarts = clauseStarts;
        AfterContrast = afterContrast;
        Hedged = hedged;
    }

    public AnalysisToken[] Tokens { get; }

    /// <summary>For each token, the ids of the lexicon atoms it matches.</summary>
    public int[][] TokenAtoms { get; }

    /// <summary>Every atom id that matches somewhere in the text, to reject most cues at once.</summary>
    public HashSet<int> Present { get; }

    /// <summary>Index of each clause's first token; clause c spans [ClauseStarts[c], ClauseStarts[c+1]).</summary>
    public int[] ClauseStarts { get; }

    /// <summary>Whether clause c opens with a contrast marker, so it may correct the clause before it.</summary>
    public bool[] AfterContrast { get; }

    /// <summary>Whether clause c belongs to an open question ("what is a savings target?"): it describes no situation.</summary>
    public bool[] Hedged { get; }

    /// <summary>For each clause, how its sentence frames it: as a hypothesis, as someone else's story, or ordered in time.</summary>
    public SentenceFrame[] Frames { get; }

    private readonly bool[]? _toldElsewhere;

    /// <summary>Whether part of the text is told of a place that is not ours ("in een andere provincie moesten ze …").</summary>
    public bool HasToldElsewhere => _toldElsewhere is not null;

    /// <summary>Whether the token at <paramref name="index"/> belongs to a story told of a place that is not ours.</summary>
    public bool IsToldElsewhere(int index) => _toldElsewhere is { } told && told[index];

    public int ClauseCount => ClauseStarts.Length;

    public int ClauseEnd(int clause) => clause + 1 < ClauseStarts.Length ? ClauseStarts[clause + 1] : Tokens.Length;

    public static PreparedText Create(List<RawToken> raw, LanguageLexicon lexicon, SnowballProgram stemmer)
    {
        var tokens = new AnalysisToken[raw.Count];
        var starts = new List<int>();
        var contrast = new List<bool>();
        var sentenceOfClause = new List<int>();
        var clause = -1;
        var segment = 0;
        var sentence = 0;
        for (var i = 0; i < raw.Count; i++)
        {
            var token = raw[i];
            var isContrast = lexicon.ContrastMarkers.Contains(token.Norm) && !(i > 0 && lexicon.ContrastNotAfter.Contains(raw[i - 1].Norm));
            var newSentence = i == 0 || token.Break == TokenBreak.Clause;
            var startsClause = newSentence || ((isContrast || lexicon.ClauseBreaks.Contains(token.Norm)) && i != starts[^1]);
            if (newSentence && i > 0)
            {
                sentence++;
            }

            if (startsClause)
            {
                clause++;
                starts.Add(i);
                contrast.Add(isContrast);
                sentenceOfClause.Add(sentence);
            }

            if (startsClause || token.Break != TokenBreak.None)
            {
                segment++;
            }

            var isNumber = lexicon.NumberWords.Contains(token.Norm) || token.Norm.Any(char.IsDigit);
            tokens[i] = new AnalysisToken(
                token.Norm,
                isNumber ? token.Norm : LanguageLexicon.Stem(stemmer, token.Norm),
                token.Start,
                token.End,
                clause,
                segment,
                isNumber,
                lexicon.IsNegatorAt(raw, i),
                lexicon.ScopeBlockers.Contains(token.Norm));
        }

        var atoms = new int[tokens.Length][];
        var present = new HashSet<int>();
        var buffer = new List<int>();
        for (var i = 0; i < tokens.Length; i++)
        {
            buffer.Clear();
            lexicon.Index.Match(tokens[i], buffer);
            atoms[i] = [.. buffer];
            present.UnionWith(buffer);
        }

        var hedgedSentences = HedgedSentences(raw, lexicon, sentenceOfClause, starts);
        var hedged = sentenceOfClause.Select(hedgedSentences.Contains).ToArray();
        var frames = SentenceFrames(raw, lexicon, sentenceOfClause, starts);
        return new PreparedText(tokens, [.. starts], [.. contrast], hedged, atoms, present, [.. sentenceOfClause.Select(s => frames.GetValueOrDefault(s))], ToldElsewhere(raw, lexicon));
    }

    // "Ik hoorde dat ze in een andere provincie meteen moesten inleveren": from the place to the end of the sentence, or to
    // the first word that brings the story back to us ("in andere regio's werkt de directie open, bij ons …"). Null when
    // nothing is told elsewhere, as in most texts.
    private static bool[]? ToldElsewhere(List<RawToken> raw, LanguageLexicon lexicon)
    {
        bool[]? told = null;
        var inReach = false;
        for (var i = 0; i < raw.Count; i++)
        {
            if (raw[i].Break == TokenBreak.Clause || lexicon.OurWords.Contains(raw[i].Norm))
            {
                inReach = false;
            }

            if (!inReach && lexicon.ElsewherePlaceStarts.Contains(raw[i].Norm) && PlaceAt(raw, i, lexicon.ElsewherePlaces) && !LikeBefore(raw, lexicon, i))
            {
                inReach = true;
            }

            if (inReach)
            {
                (told ??= new bool[raw.Count])[i] = true;
            }
        }

        return told;
    }

    // A place phrase's later words may be patterns: "andere *dienst" is another omgevingsdienst or sociale dienst.
    private static bool PlaceAt(List<RawToken> raw, int index, IReadOnlyList<string[]> places)
    {
        foreach (var place in places)
        {
            if (index + place.Length > raw.Count)
            {
                continue;
            }

            var all = true;
            for (var k = 0; k < place.Length && all; k++)
            {
                var word = raw[index + k].Norm;
                var pattern = place[k];
                all = pattern.StartsWith('*') ? word.EndsWith(pattern[1..], StringComparison.Ordinal)
                    : pattern.EndsWith('*') ? word.StartsWith(pattern[..^1], StringComparison.Ordinal)
                    : string.Equals(word, pattern, StringComparison.Ordinal);
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    private const int LikeReach = 3;

    // "Net als in de buurregio moesten wij …", "just like in the region next door": the same happened here.
    private static bool LikeBefore(List<RawToken> raw, LanguageLexicon lexicon, int index)
    {
        for (var p = index - 1; p >= 0 && index - p <= LikeReach; p--)
        {
            if (lexicon.ElsewhereNotAfter.Contains(raw[p].Norm))
            {
                return true;
            }

            if (raw[p].Break == TokenBreak.Clause)
            {
                break;
            }
        }

        return false;
    }

    // Frames are read per sentence from its first words, and (hypothesis, time order) from words anywhere in it.
    private static Dictionary<int, SentenceFrame> SentenceFrames(List<RawToken> raw, LanguageLexicon lexicon, List<int> sentenceOfClause, List<int> starts)
    {
        var frames = new Dictionary<int, SentenceFrame>();
        var sentences = new List<(int First, int Last)>();
        for (var c = 0; c < starts.Count; c++)
        {
            if (c > 0 && sentenceOfClause[c] == sentenceOfClause[c - 1])
            {
                continue;
            }

            var first = starts[c];
            var last = first;
            while (last + 1 < raw.Count && raw[last + 1].Break != TokenBreak.Clause)
            {
                last++;
            }

            // Index loops rather than a word list: this runs for every sentence of every text analysed.
            var count = last - first + 1;
            var frame = SentenceFrame.None;
            if (count <= 3 && raw[last].EndsQuestion)
            {
                // "Couleur locale?" names a topic before the answer to it; it describes nothing yet.
                frame = SentenceFrame.Echo;
            }
            else if ((lexicon.HypotheticalStarts.Contains(raw[first].Norm) && AnyIn(raw, first + 1, last, lexicon.HypotheticalMarkers))
                || ConsequenceFirst(raw, lexicon, first, last) || AnyPhraseIn(raw, lexicon, first, last, lexicon.HypotheticalPhrases))
            {
                frame = SentenceFrame.Hypothetical;
            }
            else if (LanguageLexicon.AnyStartsAt(raw, first, lexicon.ElsewhereStarts))
            {
                frame = SentenceFrame.Elsewhere;
            }
            else if (TimeGatedAt(raw, lexicon, starts, c, last) && AnyIn(raw, first, last, lexicon.InOrderWords))
            {
                frame = SentenceFrame.AfterInOrder;
            }
            else if (AnyIn(raw, first, last, lexicon.ProposalWords) && AnyPhraseIn(raw, lexicon, first, last, lexicon.RejectedPhrases)
                && !AnyIn(raw, first, last, lexicon.ContrastMarkers))
            {
                // Without a contrast: "het voorstel werd afgewezen, maar de raad kortte toch meteen" is not turned down.
                frame = SentenceFrame.Rejected;
            }
            else if (AnyPhraseIn(raw, lexicon, first, last, lexicon.OutcomePhrases))
            {
                frame = SentenceFrame.Outcome;
            }

            // "We hebben geleerd van de vorige samenwerking: toen …" - the story after the colon is still elsewhere.
            if (frame == SentenceFrame.None && c > 0 && raw[first - 1].EndsColon && frames.GetValueOrDefault(sentenceOfClause[c] - 1) == SentenceFrame.Elsewhere)
            {
                frame = SentenceFrame.Elsewhere;
            }

            frames[sentenceOfClause[c]] = frame;
            if (count <= ClosingLength && lexicon.ElsewhereClosings.Count > 0 && AnyPhraseIn(raw, lexicon, first, last, lexicon.ElsewhereClosings))
            {
                // "Dat hebben wij bewust anders aangepakt." after a story: the story was someone else's, unless it spoke of us.
                for (var s = 0; s < sentences.Count; s++)
                {
                    if (frames.GetValueOrDefault(s) == SentenceFrame.None && !AnyIn(raw, sentences[s].First, sentences[s].Last, lexicon.OurWords))
                    {
                        frames[s] = SentenceFrame.Elsewhere;
                    }
                }
            }

            if (count <= ClosingLength && sentences.Count > 0 && frames.GetValueOrDefault(sentences.Count - 1) == SentenceFrame.None
                && lexicon.RejectionClosings.Count > 0 && AnyPhraseIn(raw, lexicon, first, last, lexicon.RejectionClosings))
            {
                // "Als we nu al een taakstelling opleggen, krijgen we later de rekening. Laten we dat niet doen."
                frames[sentences.Count - 1] = SentenceFrame.Hypothetical;
            }

            sentences.Add((first, last));
        }

        return frames;
    }

    private const int ClosingLength = 10;

    private static bool AnyPhraseIn(List<RawToken> raw, LanguageLexicon lexicon, int from, int to, IReadOnlyList<string[]> phrases)
    {
        for (var i = from; i <= to; i++)
        {
            if (phrases.Count == 0 || !lexicon.PhraseStarts.Contains(raw[i].Norm))
            {
                continue;
            }

            foreach (var phrase in phrases)
            {
                // Within the sentence: "… niet. Bij ons …" is no "niet bij ons".
                if (i + phrase.Length - 1 <= to && LanguageLexicon.StartsAt(raw, i, phrase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    // "Het zou misgaan als de gemeenten de besparing meteen zouden inboeken": the consequence first, then the condition,
    // each with its marker. One marker is not enough: "they would only accept it if residents noticed no difference" is a
    // condition someone set, and it happened.
    private static bool ConsequenceFirst(List<RawToken> raw, LanguageLexicon lexicon, int first, int last)
    {
        var marked = false;
        var condition = false;
        for (var i = first; i <= last; i++)
        {
            var norm = raw[i].Norm;
            if (condition && lexicon.HypotheticalMarkers.Contains(norm))
            {
                return true;
            }

            condition |= marked && lexicon.HypotheticalStarts.Contains(norm);
            marked |= lexicon.HypotheticalMarkers.Contains(norm);
        }

        return false;
    }

    // A time gate opens the sentence ("pas nu …"), one of its clauses after a contrast ("…, but only because it runs well"),
    // or a stretch after a comma ("the contribution went down in 2027, once the systems had been stable for a year").
    private static bool TimeGatedAt(List<RawToken> raw, LanguageLexicon lexicon, List<int> starts, int sentenceClause, int last)
    {
        for (var i = starts[sentenceClause] + 1; i <= last; i++)
        {
            if (raw[i].Break == TokenBreak.Segment && LanguageLexicon.AnyStartsAt(raw, i, lexicon.TimeGates))
            {
                return true;
            }
        }

        for (var c = sentenceClause; c < starts.Count && starts[c] <= last; c++)
        {
            var at = starts[c];
            if (c > sentenceClause && lexicon.ContrastMarkers.Contains(raw[at].Norm))
            {
                at++;
            }

            if (at <= last && LanguageLexicon.AnyStartsAt(raw, at, lexicon.TimeGates))
            {
                return true;
            }
        }

        return false;
    }

    private static bool AnyIn(List<RawToken> raw, int from, int to, IReadOnlySet<string> words)
    {
        for (var i = from; i <= to; i++)
        {
            if (words.Contains(raw[i].Norm))
            {
                return true;
            }
        }

        return false;
    }

    private static HashSet<int> HedgedSentences(List<RawToken> raw, LanguageLexicon lexicon, List<int> sentenceOfClause, List<int> starts)
    {
        var hedged = new HashSet<int>();
        for (var c = 0; c < starts.Count; c++)
        {
            var first = starts[c];
            var isSentenceStart = c == 0 || sentenceOfClause[c] != sentenceOfClause[c - 1];
            if (!isSentenceStart || !lexicon.QuestionStarts.Contains(raw[first].Norm))
            {
                continue;
            }

            // Only an open question counts: the sentence must end in a question mark.
            var last = first;
            while (last + 1 < raw.Count && raw[last + 1].Break != TokenBreak.Clause)
            {
                last++;
            }

            if (raw[last].EndsQuestion)
            {
                hedged.Add(sentenceOfClause[c]);
            }
        }

        return hedged;
    }
}
