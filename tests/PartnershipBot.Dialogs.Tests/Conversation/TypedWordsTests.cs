using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Tests.Support;
using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.Conversation;

/// <summary>What a host may keep of a turn's outputs: the same replies without the words the user typed.</summary>
public class TypedWordsTests
{
    private const string Worry = "De gemeenten hebben meteen bij de start een taakstelling van tien procent ingeboekt.";

    [Fact]
    public void Removed_ASituationsReading_KeepsTheFindingsWithoutThePhrases()
    {
        var chat = new Chat("nl-NL", PitfallTextAnalyzer.Default.AsFreeTextAnalyzer());
        var outputs = chat.Say(Worry);

        var kept = Assert.IsType<SituationOutput>(Assert.Single(TypedWords.Removed(TestContent.Catalog, outputs)));

        var shown = Assert.IsType<SituationOutput>(Assert.Single(outputs));
        Assert.NotEmpty(shown.Findings[0].Phrases);
        Assert.Equal(shown.Findings.Select(f => f.PitfallId), kept.Findings.Select(f => f.PitfallId));
        Assert.All(kept.Findings, f => Assert.Empty(f.Phrases));
    }

    [Fact]
    public void Removed_TheFullChecksOpenAnswer_IsOnNeitherTheAnsweredCardNorTheResults()
    {
        var chat = new Chat("nl-NL", PitfallTextAnalyzer.Default.AsFreeTextAnalyzer());
        chat.Say("volledige check");
        while (chat.Question.Kind != QuestionKind.FreeText)
        {
            chat.Say(chat.Question.IsContext ? "1" : chat.Question.Kind == QuestionKind.YesPartlyNo ? "ja" : "4");
        }

        var outputs = chat.Say(Worry);
        var kept = TypedWords.Removed(TestContent.Catalog, outputs);

        Assert.Equal(outputs.Select(o => o.GetType()), kept.Select(o => o.GetType()));
        Assert.Equal(Worry, outputs.OfType<AnswerRecordedOutput>().Single().AnswerLabel);
        Assert.Equal("ontvangen (de tekst zelf bewaar ik niet)", kept.OfType<AnswerRecordedOutput>().Single().AnswerLabel);
        var report = kept.OfType<ResultsOutput>().Single().Report;
        Assert.NotEmpty(report.OpenAnswer!.Findings);
        Assert.All(report.OpenAnswer.Findings, f => Assert.Empty(f.Phrases));
        Assert.DoesNotContain(report.Pitfalls.SelectMany(p => p.Evidence), e => e.AnswerLabel.Contains("taakstelling", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void Removed_OutputsThatQuoteNothing_AreTheVeryListGiven()
    {
        var chat = new Chat("nl-NL");
        var outputs = chat.Say("snelle check");

        Assert.Same(outputs, TypedWords.Removed(TestContent.Catalog, outputs));
    }
}
