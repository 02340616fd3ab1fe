using PartnershipBot.Dialogs.Content.Model;

namespace PartnershipBot.Dialogs.Engine;

internal sealed partial class Turn
{
    /// <summary>True (and answered briefly) when the whole message is small talk from ui.json: thanks, okay, goodbye, a thumbs-up.</summary>
    private bool SmallTalk(string text)
    {
        var typed = Plain(text);
        var normalized = TextNormalizer.Normalize(text);
        foreach (var rule in Ui.SmallTalk)
        {
            // Emoji vanish in normalisation, so they are compared as typed.
            if (rule.Words.Any(w => normalized.Length > 0 ? TextNormalizer.Normalize(w) == normalized : Plain(w) == typed))
            {
                SayText(rule.ReplyKey);
                return true;
            }
        }

        return false;
    }

    /// <summary>Trimmed, without end punctuation and emoji variation selectors.</summary>
    private static string Plain(string text) =>
        text.Replace("\uFE0F", string.Empty, StringComparison.Ordinal).Trim().TrimEnd('.', '!', '?').Trim();
}
