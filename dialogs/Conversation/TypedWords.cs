using PartnershipBot.Dialogs.Content;
using PartnershipBot.Dialogs.Scoring;

namespace PartnershipBot.Dialogs.Conversation;

/// <summary>
/// Outputs as they may be kept: the same replies, in the same order and of the same kinds, without the words
/// the user typed that they quote back (the phrases of a situation's or a question's reading, the open
/// answer on its answered card and in the results, a typed open answer shown again on its question card)
/// and without a language model's answer, which may repeat them. A host that keeps its replies, to send
/// them after a crash, keeps these; what it shows the user this turn are the outputs themselves.
/// </summary>
public static class TypedWords
{
    /// <summary>The outputs without the user's words; the very same list when none of them quotes any.</summary>
    public static IReadOnlyList<BotOutput> Removed(ContentCatalog content, IReadOnlyList<BotOutput> outputs)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(outputs);
        // Most turns quote nothing: they get their own list back without a copy being made.
        List<BotOutput>? kept = null;
        for (var i = 0; i < outputs.Count; i++)
        {
            var output = Removed(content, outputs[i]);
            if (kept is null && !ReferenceEquals(output, outputs[i]))
            {
                kept = [.. outputs.Take(i)];
            }

            kept?.Add(output);
        }

        return kept ?? outputs;
    }

    private static BotOutput Removed(ContentCatalog content, BotOutput output) => output switch
    {
        SituationOutput situation when situation.Findings.Any(f => f.Phrases.Count > 0) =>
            situation with { Findings = [.. situation.Findings.Select(f => f with { Phrases = [] })] },
        AdviceOutput advice when advice.Recognised.Any(r => r.Phrases.Count > 0) || advice.ModelAnswer is not null =>
            advice with { Recognised = [.. advice.Recognised.Select(r => r with { Phrases = [] })], ModelAnswer = null, ModelAnswerAsText = false },
        ResultsOutput { Report.OpenAnswer: not null } results =>
            results with { Report = ReportBuilder.WithoutWords(content.Ui, content.Bank(results.Report.BankVersion) ?? content.Current, results.Report) },
        AnswerRecordedOutput { Skipped: false, Question.Kind: QuestionKind.FreeText } recorded =>
            recorded with { AnswerLabel = content.Message("answer.freeTextNotKept", recorded.Question.Language) },
        QuestionOutput { Question: { Kind: QuestionKind.FreeText, CurrentAnswer: not null } } question =>
            question with { Question = question.Question with { CurrentAnswer = null } },
        _ => output,
    };
}
