using System.Text.RegularExpressions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>
/// The training-only corpora (docs/analyzer.md): written for the model by five helpers who saw neither the lexicons,
/// the model nor any labelled set. They train every leave-one-set-out fold, so a line that also stood in a set would
/// let a fold see its held-out wording.
/// </summary>
public sealed partial class TrainingCorporaTests
{
    [Theory]
    [InlineData("corpusA.jsonl", 130, 90)]
    [InlineData("corpusB.jsonl", 100, 100)]
    [InlineData("corpusC.jsonl", 100, 100)]
    [InlineData("corpusD.jsonl", 100, 100)]
    [InlineData("corpusE.jsonl", 100, 100)]
    public void Corpus_Shape_BothLanguagesKnownPitfallsAndHealthyLines(string file, int dutch, int english)
    {
        var corpus = LabelledSet.Load(file);

        Assert.Equal(dutch, corpus.Count(s => s.Lang == "nl"));
        Assert.Equal(english, corpus.Count(s => s.Lang == "en"));
        Assert.Equal(dutch + english, corpus.Count);
        Assert.All(corpus, s => Assert.Subset(Evaluation.PitfallIds.ToHashSet(), s.Pitfalls.ToHashSet()));
        Assert.All(Evaluation.PitfallIds, id => Assert.True(corpus.Count(s => s.Pitfalls.Contains(id)) >= 40, id));
        Assert.True(corpus.Count(s => s.Pitfalls.Count == 0) >= 40, "too few healthy or small-talk lines");
    }

    [Fact]
    public void Corpora_NoLineRepeatsALineOfAnEvaluatedSet()
    {
        var sets = LeaveOneSetOut.SetFiles.SelectMany(LabelledSet.Load).Select(s => Words(s.Text)).ToHashSet();
        var corpora = LeaveOneSetOut.TrainingOnlyFiles.SelectMany(LabelledSet.Load).Select(s => s.Text).ToArray();

        Assert.DoesNotContain(corpora, text => sets.Contains(Words(text)));
        Assert.Equal(corpora.Length, corpora.Select(Words).Distinct().Count());
    }

    // Case, punctuation and spacing do not make a line new.
    private static string Words(string text) => NonWord().Replace(text.ToLowerInvariant(), " ").Trim();

    [GeneratedRegex(@"\W+")]
    private static partial Regex NonWord();
}
