using PartnershipBot.Dialogs.TextAnalysis;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>blindcheck7.jsonl (analyzer-set-7): 60 lines written by a helper who had not seen the lexicons.</summary>
public sealed class BlindCheck7FirstRunTests(ITestOutputHelper output)
{
    [Fact]
    public void Analyze_BlindCheck7_Report()
    {
        var set = LabelledSet.Load("blindcheck7.jsonl");

        var evaluation = Evaluation.Run(PitfallTextAnalyzer.Default, set);

        output.WriteLine(evaluation.Report($"blindcheck7.jsonl ({set.Count} statements)"));
        Assert.Equal(60, set.Count);
    }
}
