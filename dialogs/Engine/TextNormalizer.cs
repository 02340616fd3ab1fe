using System.Globalization;
using System.Text;

namespace PartnershipBot.Dialogs.Engine;

/// <summary>
/// Folds typed text for matching: lower case, accents removed ("één" → "een"), apostrophes dropped
/// ("don't" → "dont"), other punctuation turned into spaces; '?' and '+' survive because they are answers.
/// </summary>
internal static class TextNormalizer
{
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '\'' or '’' or '‘')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) || c is '?' or '+' ? char.ToLowerInvariant(c) : ' ');
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }
}
