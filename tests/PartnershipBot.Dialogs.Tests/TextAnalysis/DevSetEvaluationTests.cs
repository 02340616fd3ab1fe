using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// The analyzer against the labelled development set (written before the lexicons). The figures are printed
/// so that the README can quote them; the bar is the issue's: macro-F1 ≥ 0.9 and no false alarms on healthy talk.
/// </summary>
public sealed class DevSetEvaluationTests(ITestOutputHelper output)
{
    private static readonly IReadOnlyList<LabelledStatement> s_dev = LabelledSet.Load("devset.jsonl");

    [Fact]
    public void DevSet_Shape_AtLeast150StatementsInBothLanguages()
    {
        Assert.True(s_dev.Count >= 150, $"only {s_dev.Count} statements");
        var dutch = s_dev.Count(s => s.Lang == "nl");
        var english = s_dev.Count(s => s.Lang == "en");
        Assert.Equal(s_dev.Count, dutch + english);
        Assert.InRange(dutch, english * 0.8, english * 1.25);
        Assert.All(Evaluation.PitfallIds, id => Assert.True(s_dev.Count(s => s.Pitfalls.Contains(id)) >= 10, id));
    }

    [Fact]
    public void Analyze_DevSet_MacroF1AtLeast90()
    {
        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, s_dev);
        output.WriteLine(evaluation.Report($"development set ({s_dev.Count} statements)"));
        Assert.True(evaluation.PitfallMacroF1 >= 0.9, $"pitfall macro-F1 {evaluation.PitfallMacroF1:0.000}");
    }

    [Fact]
    public void Analyze_DevSetHealthyAndSmallTalk_RaisesNoPitfall()
    {
        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, s_dev);
        Assert.Empty(evaluation.HealthyFalseAlarms);
    }

    [Fact]
    public void Analyze_DevSetLanguage_GuessedCorrectlyForNearlyAll()
    {
        var wrong = s_dev.Where(s => PitfallTextAnalyzer.Default.Analyze(s.Text).Language is { } l && l != s.Lang).Select(s => s.Text).ToArray();
        Assert.Empty(wrong);
    }
}
