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

    /// <summary>
    /// Twenty hard paraphrases written after the holdout had been looked at. Recall here is low (the figure is
    /// printed and quoted in docs/analyzer.md); what must hold is that the analyzer does not invent pitfalls.
    /// </summary>
    [Fact]
    public void Analyze_BlindCheck_NoFalseAlarmOnHealthyStatements()
    {
        var blind = LabelledSet.Load("blindcheck.jsonl");

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, blind);

        output.WriteLine(evaluation.Report($"blind check ({blind.Count} statements)"));
        Assert.Empty(evaluation.HealthyFalseAlarms);
        Assert.All(evaluation.Pitfalls, p => Assert.Equal(0, p.FalsePositives));
    }
}
