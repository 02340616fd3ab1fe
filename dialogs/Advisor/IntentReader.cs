using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Engine;

namespace PartnershipBot.Dialogs.Advisor;

/// <summary>
/// Reads whether a message asks something (a question mark, a question word first, or a request word) and
/// whether it is abusive (an insult in either language), and which role the writer says they hold.
/// </summary>
internal static class IntentReader
{
    public static AdvisorIntent Read(string text, Language language, AdvisorContent content)
    {
        var words = TextNormalizer.Normalize(text).Replace('?', ' ').Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var own = content.Words[language];
        // Insults are recognised in both languages: people switch language to swear.
        var abusive = words.Any(w => content.Words.Values.Any(list => list.Abuse.Contains(w)))
            || (words.Any(w => content.Words.Values.Any(list => list.InsultIfAddressed.Contains(w)))
                && words.Any(w => content.Words.Values.Any(list => list.Addressed.Contains(w))));
        var asks = text.Contains('?', StringComparison.Ordinal)
            || (words.Length > 0 && own.Question.Contains(words[0]))
            || words.Any(own.Request.Contains);
        var padded = " " + string.Join(' ', words) + " ";
        var lower = text.ToLowerInvariant();
        return new AdvisorIntent(abusive, asks, words.Length)
        {
            PersonalData = content.Words.Values.Any(list => list.PersonalData.Any(p => padded.Contains(" " + p + " ", StringComparison.Ordinal))),
            Instructions = content.Words.Values.Any(list => list.Injection.Any(p => lower.Contains(p, StringComparison.Ordinal))),
        };
    }

    /// <summary>The role the writer names for themselves ("ik ben wethouder", "als directeur", "as a client"), if any.</summary>
    public static Role? SelfNamedRole(string text, Language language, AdvisorContent content)
    {
        var padded = " " + TextNormalizer.Normalize(text).Replace('?', ' ') + " ";
        string[] leads = language == Language.Nl
            ? ["ik ben ", "ik ben de ", "ik ben een ", "als ", "ik werk als ", "wij zijn de ", "wij als "]
            : ["i am ", "i am a ", "i am an ", "i am the ", "im a ", "im an ", "im the ", "as a ", "as an ", "as the ", "we are the ", "i work as a ", "i work as an "];
        foreach (var (role, phrase) in content.Roles[language])
        {
            if (leads.Any(lead => padded.Contains(" " + lead + phrase + " ", StringComparison.Ordinal)))
            {
                return role;
            }
        }

        return null;
    }
}
