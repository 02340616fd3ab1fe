using Lucene.Net.Tartarus.Snowball;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>
/// The message as one language sees it: stemmed tokens cut into clauses. A clause ends at a full stop or
/// semicolon, and also before a contrast marker ("maar", "but") or a clause-break word ("terwijl", "while").
/// </summary>
internal sealed class PreparedText
{
    private PreparedText(AnalysisToken[] tokens, int[] clauseStarts, bool[] afterContrast, bool[] hedged, int[][] tokenAtoms, HashSet<int> present, SentenceFrame[] frames)
    {
        Frames = frames;
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
        return new PreparedText(tokens, [.. starts], [.. contrast], hedged, atoms, present, [.. sentenceOfClause.Select(s => frames.GetValueOrDefault(s))]);
    }

    // Frames are read per sentence from its first words, and (hypothesis, time order) from words anywhere in it.
    private static Dictionary<int, SentenceFrame> SentenceFrames(List<RawToken> raw, LanguageLexicon lexicon, List<int> sentenceOfClause, List<int> starts)
    {
        var frames = new Dictionary<int, SentenceFrame>();
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
            else if (lexicon.HypotheticalStarts.Contains(raw[first].Norm) && AnyIn(raw, first + 1, last, lexicon.HypotheticalMarkers))
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

            // "We hebben geleerd van de vorige samenwerking: toen …" - the story after the colon is still elsewhere.
            if (frame == SentenceFrame.None && c > 0 && raw[first - 1].EndsColon && frames.GetValueOrDefault(sentenceOfClause[c] - 1) == SentenceFrame.Elsewhere)
            {
                frame = SentenceFrame.Elsewhere;
            }

            frames[sentenceOfClause[c]] = frame;
        }

        return frames;
    }

    // A time gate opens the sentence ("pas nu …") or one of its clauses after a contrast ("…, but only because it runs well").
    private static bool TimeGatedAt(List<RawToken> raw, LanguageLexicon lexicon, List<int> starts, int sentenceClause, int last)
    {
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
