using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.Advisor;

/// <summary>
/// advisor-questions.jsonl: 48 questions (12 per role, both languages) with the lessons a good answer rests on,
/// and 8 off-topic or abusive lines, written by a helper who had not seen the advisor's passages.
/// </summary>
public sealed class AdvisorBlindSetTests(ITestOutputHelper output)
{
    [Fact]
    public void Advise_BlindQuestions_Report()
    {
        var questions = AdvisorEvaluation.Load("advisor-questions.jsonl");

        var evaluation = AdvisorEvaluation.Run(questions);

        output.WriteLine(evaluation.Report($"advisor-questions.jsonl ({questions.Count} lines)"));
        Assert.Equal(56, questions.Count);
    }
}
