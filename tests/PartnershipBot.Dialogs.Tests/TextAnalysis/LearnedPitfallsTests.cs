using System.Diagnostics;
using PartnershipBot.Dialogs.TextAnalysis;
using PartnershipBot.Dialogs.TextAnalysis.Learned;
using Xunit.Abstractions;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>The learned model beside the lexicons: trained the same way every time, and held to the analyzer's rule.</summary>
public sealed class LearnedPitfallsTests(ITestOutputHelper output)
{
    private const string Savings = "owner-savings-target";
    private static readonly AnalysisContent s_content = AnalysisContent.LoadEmbedded();
    private static readonly PitfallTextAnalyzer s_lexicons = new(s_content);

    [Fact]
    public void WithLearnedModel_TrainedTwice_GivesTheSameResultsForEveryLabelledStatement()
    {
        var clock = Stopwatch.StartNew();
        var first = PitfallTextAnalyzer.WithLearnedModel(s_content);
        output.WriteLine($"trained in {clock.ElapsedMilliseconds} ms");
        var second = PitfallTextAnalyzer.WithLearnedModel(s_content);

        var texts = LeaveOneSetOut.SetFiles.Concat(LeaveOneSetOut.TrainingOnlyFiles).SelectMany(LabelledSet.Load).Select(s => s.Text).ToArray();
        Assert.All(texts, text => Assert.Equal(Describe(first.Analyze(text)), Describe(second.Analyze(text))));
    }

    [Fact]
    public void Analyze_ModelAboveThreshold_AddsThePitfallWithWordsFromTheText()
    {
        const string text = "Het gaat om de begroting van de dienst voor volgend jaar.";
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(TrainedToCallSavings(text), 0.5));

        Assert.Empty(s_lexicons.Analyze(text).Pitfalls);
        var pitfall = Assert.Single(analyzer.Analyze(text).Pitfalls);
        Assert.Equal(Savings, pitfall.Id);
        Assert.InRange(pitfall.Score, 0.5, 1);
        Assert.NotEmpty(pitfall.Evidence);
        Assert.All(pitfall.Evidence, quote => Assert.Contains(quote, text, StringComparison.Ordinal));
    }

    [Fact]
    public void Analyze_ModelFinding_QuotesReadableStretchesWithinAClause()
    {
        const string text = "De begroting van de dienst is krap geworden, maar volgend jaar redden we het wel.";
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(TrainedToCallSavings(text), 0.5));

        var pitfall = Assert.Single(analyzer.Analyze(text).Pitfalls);

        output.WriteLine(string.Join(" | ", pitfall.Evidence));
        Assert.InRange(pitfall.Evidence.Count, 1, 2);
        Assert.All(pitfall.Evidence, quote =>
        {
            Assert.Contains(quote, text, StringComparison.Ordinal);
            Assert.DoesNotContain(',', quote);
            Assert.DoesNotContain('.', quote);
            Assert.True(quote.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3, $"'{quote}' is a fragment, not a stretch of the text");
        });
    }

    [Theory]
    [InlineData("We hebben bewust geen besparing ingeboekt voor de eerste drie jaar.")]
    [InlineData("Als we de besparing meteen in het eerste jaar hadden ingeboekt, was het misgegaan.")]
    public void Analyze_LexiconsReadTheHealthyPracticeOrAFrame_ModelAddsNothing(string text)
    {
        var model = TrainedToCallSavings(text);
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(model, 0.5));

        Assert.True(model.Predict(s_lexicons.Features(text))[0] >= 0.5, "the model alone would call it the savings pitfall");
        Assert.DoesNotContain(analyzer.Analyze(text).Pitfalls, p => p.Id == Savings);
    }

    [Theory]
    [InlineData("their own staff")]
    [InlineData("money")]
    [InlineData("De begroting van volgend jaar.")]
    public void Analyze_AFewWords_ModelAddsNothing(string text)
    {
        var model = TrainedToCallSavings(text);
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(model, 0.5));

        Assert.True(model.Predict(s_lexicons.Features(text))[0] >= 0.5, "the model alone would call it the savings pitfall");
        Assert.Empty(analyzer.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("own")]
    [InlineData("local")]
    [InlineData("money")]
    [InlineData("their own staff")]
    [InlineData("eigen")]
    [InlineData("hun eigen begroting")]
    public void Analyze_AFewDomainWords_TheShippedAnalyzerRaisesNothing(string text) =>
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);

    [Fact]
    public void Analyze_ModelBelowThreshold_AddsNothing()
    {
        const string text = "Het gaat om de begroting van de dienst voor volgend jaar.";
        var model = TrainedToCallSavings(text);
        var probability = model.Predict(s_lexicons.Features(text))[0];
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(model, Math.Min(1, probability + 0.01)));

        Assert.Empty(analyzer.Analyze(text).Pitfalls);
    }

    [Fact]
    public void Analyze_OpenQuestion_ModelCountsAtTheQuestionFactor()
    {
        const string text = "Hoe houden we de begroting van de dienst voor volgend jaar op orde?";
        var model = TrainedToCallSavings(text);
        var probability = model.Predict(s_lexicons.Features(text))[0];
        var threshold = (probability + (probability * s_content.Settings.QuestionFactor)) / 2;
        var analyzer = new PitfallTextAnalyzer(s_content, new LearnedPitfalls(model, threshold));

        Assert.True(probability >= threshold, "as a statement it would count");
        Assert.Empty(analyzer.Analyze(text).Pitfalls);
    }

    // A model that has seen the text only as the savings pitfall and small talk as nothing.
    private static LinearTextModel TrainedToCallSavings(string text) =>
        LinearTextModel.Train(
            [new TrainingExample(s_lexicons.Features(text), [Savings]), new TrainingExample(s_lexicons.Features("Goedemorgen allemaal!"), [])],
            [Savings]);

    private static string Describe(AnalysisResult result) =>
        string.Join("; ", result.Pitfalls.Select(p => $"{p.Id} {p.Score:R} {string.Join('|', p.Evidence)}"));
}
