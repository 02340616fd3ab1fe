using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.Advisor;

/// <summary>
/// advisor-questions-2.jsonl: 32 questions (8 per role, both languages) and 6 off-topic or abusive lines, written by a
/// helper who had not seen the passages. First run, before any change for it: 28/32 (0.875) cite an expected lesson, 6/6
/// redirected. After two general changes (docs/advisor.md): 29/32 (0.906). The bar guards the figures reached.
/// </summary>
public sealed class AdvisorBlindSet2Tests(ITestOutputHelper output)
{
    [Fact]
    public void Advise_BlindQuestions2_TopAnswerCitesAnExpectedLessonAndEveryOffTopicLineIsRedirected()
    {
        var questions = AdvisorEvaluation.Load("advisor-questions-2.jsonl");

        var evaluation = AdvisorEvaluation.Run(questions);

        output.WriteLine(evaluation.Report($"advisor-questions-2.jsonl ({questions.Count} lines)"));
        Assert.Equal(38, questions.Count);
        Assert.True(evaluation.OnTopicShare >= 0.9, $"on-topic share {evaluation.OnTopicShare:0.000}");
        Assert.Equal(1.0, evaluation.OffTopicShare);
    }
}
