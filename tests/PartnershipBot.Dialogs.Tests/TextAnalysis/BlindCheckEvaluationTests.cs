using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// Sets written before the lexicons were read, then used to add general cues, so they are no longer
/// blind: the bar guards against regressions, it is not an estimate for unseen text.
/// <list type="bullet">
/// <item><c>blindcheck2.jsonl</c>: 40 paraphrases (20 nl, 20 en, 10 healthy or small talk). First run:
/// pitfall macro-F1 0.763, no false alarm.</item>
/// <item><c>blindcheck3.jsonl</c>: 60 chat lines (30 nl, 30 en; 12 healthy near-misses, 12 small talk),
/// written by someone who saw neither the lexicons nor the other sets. First run: pitfall macro-F1 0.704
/// (appearance of success 0.40), two false alarms.</item>
/// <item><c>blindcheck4.jsonl</c>: 50 lines (25 nl, 25 en): open-question answers, interview notes and chat,
/// written the same way after the cues that <c>blindcheck3</c> prompted. First run: pitfall macro-F1 0.669
/// (appearance of success 0.31), two false alarms.</item>
/// <item><c>blindcheck5.jsonl</c>: 40 lines (20 nl, 20 en) in unusual voices (council member, controller, works
/// council, auditor, resident, journalist), avoiding the obvious keywords, written after the cues that
/// <c>blindcheck4</c> prompted. First run: pitfall macro-F1 0.717 (appearance of success 0.40), no false alarm.</item>
/// </list>
/// </summary>
public sealed class BlindCheckEvaluationTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("blindcheck2.jsonl", 40)]
    [InlineData("blindcheck3.jsonl", 60)]
    [InlineData("blindcheck4.jsonl", 50)]
    [InlineData("blindcheck5.jsonl", 40)]
    public void Analyze_BlindCheck_NoFalseAlarmAndMacroF1AtLeast90(string file, int statements)
    {
        var set = LabelledSet.Load(file);

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, set);

        output.WriteLine(evaluation.Report($"{file} ({set.Count} statements)"));
        Assert.Equal(statements, set.Count);
        Assert.Empty(evaluation.HealthyFalseAlarms);
        Assert.All(evaluation.Pitfalls, p => Assert.Equal(0, p.FalsePositives));
        Assert.True(evaluation.PitfallMacroF1 >= 0.9, $"pitfall macro-F1 {evaluation.PitfallMacroF1:0.000}");
    }
}
