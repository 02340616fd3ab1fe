using System.Globalization;
using System.Text;

namespace PartnershipBot.Dialogs.TextAnalysis;

/// <summary>Splits a message into words with offsets, remembering the punctuation between them.</summary>
internal static class TextTokenizer
{
    // Most words are plain ASCII: those skip Unicode decomposition.
    private static readonly System.Buffers.SearchValues<char> AsciiWord =
        System.Buffers.SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789#*%");

    public static List<RawToken> Tokenize(string text)
    {
        // About one word per six characters: sized once instead of grown by doubling.
        var tokens = new List<RawToken>((text.Length / 6) + 4);
        var pending = TokenBreak.None;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                var start = i;
                i = ScanWord(text, i);
                var norm = Normalize(text.AsSpan(start, i - start));
                if (norm.Length > 0)
                {
                    tokens.Add(new RawToken(norm, start, i, pending, false));
                }

                pending = TokenBreak.None;
                continue;
            }

            if (c is '%' or '€' or '$')
            {
                tokens.Add(new RawToken(c == '%' ? "%" : "#cur", i, i + 1, pending, false));
                pending = TokenBreak.None;
            }
            else if (c is '.' or '!' or '?' or ';' or ':' or '\n' or '\r')
            {
                pending = TokenBreak.Clause;
                if (c == '?' && tokens.Count > 0)
                {
                    tokens[^1] = tokens[^1] with { EndsQuestion = true };
                }
                else if (c == ':' && tokens.Count > 0)
                {
                    tokens[^1] = tokens[^1] with { EndsColon = true };
                }
            }
            else if (c is ',' or '(' or ')' or '"' or '–' or '—' || (c == '-' && IsSpaced(text, i)))
            {
                pending = pending == TokenBreak.Clause ? pending : TokenBreak.Segment;
            }

            i++;
        }

        return tokens;
    }

    // A word runs over letters and digits; an apostrophe inside a word ("isn't", "risico's") and a
    // dot or comma inside a number ("400.000") stay part of it. Hyphens split compounds into words.
    private static int ScanWord(string text, int i)
    {
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsLetterOrDigit(c))
            {
                i++;
            }
            else if (c is '\'' or '’' && i + 1 < text.Length && char.IsLetter(text[i + 1]) && char.IsLetter(text[i - 1]))
            {
                i++;
            }
            else if (c is '.' or ',' && i + 1 < text.Length && char.IsDigit(text[i + 1]) && char.IsDigit(text[i - 1]))
            {
                i++;
            }
            else
            {
                break;
            }
        }

        return i;
    }

    private static bool IsSpaced(string text, int i) =>
        (i == 0 || char.IsWhiteSpace(text[i - 1])) && (i + 1 >= text.Length || char.IsWhiteSpace(text[i + 1]));

    /// <summary>Lower case without diacritics; English contractions reduced so that "hasn't" reads as "not".</summary>
    internal static string Normalize(ReadOnlySpan<char> word)
    {
        if (!word.ContainsAnyExcept(AsciiWord))
        {
            return word.ToString().ToLowerInvariant();
        }

        var builder = new StringBuilder(word.Length);
        foreach (var ch in word.ToString().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(ch) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(ch == '’' ? '\'' : char.ToLowerInvariant(ch));
            }
        }

        var norm = builder.ToString();
        var apostrophe = norm.IndexOf('\'', StringComparison.Ordinal);
        if (apostrophe < 0)
        {
            return norm;
        }

        return norm.EndsWith("n't", StringComparison.Ordinal) ? "not" : norm[..apostrophe];
    }
}
