namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Guesses the language by counting each lexicon's function words; undecided when none or a tie.</summary>
internal static class LanguageGuesser
{
    public static string? Guess(List<RawToken> tokens, IReadOnlyList<LanguageLexicon> lexicons)
    {
        string? best = null;
        var bestCount = 0;
        var tie = false;
        foreach (var lexicon in lexicons)
        {
            var count = tokens.Count(t => lexicon.Stopwords.Contains(t.Norm));
            if (count > bestCount)
            {
                (best, bestCount, tie) = (lexicon.Language, count, false);
            }
            else if (count == bestCount && count > 0)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }
}
