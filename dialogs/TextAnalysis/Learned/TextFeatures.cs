namespace PartnershipBot.Dialogs.TextAnalysis.Learned;

/// <summary>
/// The n-grams a linear model reads, from the analyzer's own prepared text: word stems and stem pairs within a
/// clause, stems in a negation's reach (marked, so "geen besparing" is not "besparing"), and character 3–5-grams
/// of the folded words (Dutch compounds: "bezuinigingsopdracht" shares "bezuin" with "bezuinigen").
/// Ids are hashed into <see cref="Size"/> buckets with FNV-1a, which does not vary between processes.
/// </summary>
internal static class TextFeatures
{
    public const int Bits = 18;
    public const int Size = 1 << Bits;

    private const uint Offset = 2166136261;
    private const uint Prime = 16777619;
    private const int NegationReach = 3;

    public static List<TextFeature> Extract(PreparedText prepared)
    {
        ArgumentNullException.ThrowIfNull(prepared);
        var tokens = prepared.Tokens;
        var features = new List<TextFeature>(tokens.Length * 24);
        var negatedUntil = -1;
        var negatedSegment = -1;
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            var stem = token.IsNumber ? "#num" : token.Stem;
            var unigram = Hash(Mix(Offset, 'w'), stem);
            features.Add(Feature(unigram, token.Start, token.End));
            if (i + 1 < tokens.Length && tokens[i + 1].Clause == token.Clause)
            {
                var next = tokens[i + 1];
                var bigram = Hash(Mix(unigram, ' '), next.IsNumber ? "#num" : next.Stem);
                features.Add(Feature(bigram, token.Start, next.End));
            }

            if (token.IsNegator)
            {
                (negatedUntil, negatedSegment) = (i + NegationReach, token.Segment);
            }
            else if (i <= negatedUntil && token.Segment == negatedSegment)
            {
                features.Add(Feature(Hash(Mix(Offset, 'n'), stem), token.Start, token.End));
            }

            if (!token.IsNumber)
            {
                AddCharacterGrams(token, features);
            }
        }

        return features;
    }

    // "^" and "$" mark the word's edges, so a word's opening and ending count apart from its middle.
    private static void AddCharacterGrams(AnalysisToken token, List<TextFeature> features)
    {
        var word = token.Norm;
        var length = word.Length + 2;
        for (var n = 3; n <= 5; n++)
        {
            for (var start = 0; start + n <= length; start++)
            {
                var hash = Mix(Offset, (char)('0' + n));
                for (var k = start; k < start + n; k++)
                {
                    hash = Mix(hash, k == 0 ? '^' : k == length - 1 ? '$' : word[k - 1]);
                }

                features.Add(Feature(hash, token.Start, token.End));
            }
        }
    }

    // FNV's low bits mix poorly; a multiplicative finish spreads them before the top bits are taken.
    private static TextFeature Feature(uint hash, int start, int end) => new((int)(unchecked(hash * 0x9E3779B1u) >> (32 - Bits)), start, end);

    private static uint Hash(uint hash, string text)
    {
        foreach (var c in text)
        {
            hash = Mix(hash, c);
        }

        return Mix(hash, '\0');
    }

    private static uint Mix(uint hash, char c) => unchecked((hash ^ c) * Prime);
}
