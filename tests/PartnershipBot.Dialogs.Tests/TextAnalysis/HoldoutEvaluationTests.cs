using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// Statements set aside before the lexicons were written and never used to tune them. The bar is lower than
/// the development set's on purpose: this is the honest estimate, and the printed figure is what the README reports.
/// </summary>
public sealed class HoldoutEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_Holdout_MacroF1AtLeast75()
    {
        var holdout = LabelledSet.Load("holdout.jsonl");

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, holdout);

        output.WriteLine(evaluation.Report($"holdout set ({holdout.Count} statements)"));
        Assert.True(holdout.Count >= 30);
        Assert.True(evaluation.PitfallMacroF1 >= 0.75, $"pitfall macro-F1 {evaluation.PitfallMacroF1:0.000}");
    }
}
