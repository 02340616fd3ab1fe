using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.Advisor;

/// <summary>
/// advisor-questions.jsonl: 48 questions (12 per role, six in each language) with the lessons a good answer rests
/// on, and 8 off-topic, abusive or manipulative lines, written by a helper who had not seen the advisor's passages.
/// First run, before any tuning: 45/48 (0.938) cite an expected lesson, 4/8 redirected. After the general changes
/// in docs/advisor.md: 48/48 and 8/8 - no longer blind, so the bar guards against regressions only.
/// </summary>
public sealed class AdvisorBlindSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Advise_BlindQuestions_TopAnswerCitesAnExpectedLessonAndEveryOffTopicLineIsRedirected()
    {
        var questions = AdvisorEvaluation.Load("advisor-questions.jsonl");

        var evaluation = AdvisorEvaluation.Run(questions);

        output.WriteLine(evaluation.Report($"advisor-questions.jsonl ({questions.Count} lines)"));
        Assert.Equal(56, questions.Count);
        Assert.True(evaluation.OnTopicShare >= 0.95, $"on-topic share {evaluation.OnTopicShare:0.000}");
        Assert.Equal(1.0, evaluation.OffTopicShare);
    }
}
