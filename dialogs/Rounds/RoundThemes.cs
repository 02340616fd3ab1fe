using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>
/// The themes a round counts for an answer to its open question: the ids of the pitfalls the analyzer reads
/// in it, in the language the question was asked in. Only these ids are kept, never the words.
/// </summary>
public static class RoundThemes
{
    public static IReadOnlyList<string> Of(PitfallTextAnalyzer analyzer, string text, Language language)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        ArgumentNullException.ThrowIfNull(text);
        return [.. analyzer.Analyze(text, language == Language.En ? "en" : "nl").Pitfalls.Select(p => p.Id)];
    }
}
