using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// blindcheck9.jsonl: 80 lines (45 nl, 35 en, 30 without a pitfall) written by a helper who saw only the domain README
/// and article. Blind runs, before it trained anything (bench/results/blind-first-runs.jsonl): the analyzer at ebf9ec0
/// 0.805 with three false alarms on healthy lines, at 7b9cdc6 (training-only corpora) 0.825 with two; its lexicons alone
/// 0.683 with two. Now it is training data of the shipped model and no longer blind; nothing was tuned for it. The bar
/// guards the figure the analyzer reaches on it.
/// </summary>
public sealed class BlindCheck9Tests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_BlindCheck9_KeepsTheFiguresReached()
    {
        var set = LabelledSet.Load("blindcheck9.jsonl");

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, set);

        output.WriteLine(evaluation.Report($"blindcheck9.jsonl ({set.Count} statements)"));
        Assert.Equal(80, set.Count);
        Assert.True(evaluation.PitfallMacroF1 >= 0.94, $"pitfall macro-F1 {evaluation.PitfallMacroF1:0.000}");
        Assert.Empty(evaluation.HealthyFalseAlarms);
    }
}
