using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// blindcheck10.jsonl: 80 lines (45 nl, 35 en, 28 without a pitfall) written by a helper who read only shared/domain.
/// Unread runs, before it trained anything (bench/results/blind-first-runs.jsonl): the analyzer at 7797137 0.755 with two
/// false alarms, at 952aa70 (corpus C, the outcome frame) 0.815 with two; its lexicons alone 0.688 with two. Now it is a
/// fold and training data of the shipped model, no longer blind; its misses prompted the general rules of 6 December
/// (a closing that turns a proposal down, a story from elsewhere closed with what we did because of it, a date alone is
/// not patience, a few words are not a situation for the model). The bar guards the figure reached.
/// </summary>
public sealed class BlindCheck10Tests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_BlindCheck10_KeepsTheFiguresReached()
    {
        var set = LabelledSet.Load("blindcheck10.jsonl");

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, set);

        output.WriteLine(evaluation.Report($"blindcheck10.jsonl ({set.Count} statements)"));
        Assert.Equal(80, set.Count);
        Assert.True(evaluation.PitfallMacroF1 >= 0.94, $"pitfall macro-F1 {evaluation.PitfallMacroF1:0.000}");
        Assert.Empty(evaluation.HealthyFalseAlarms);
    }
}
