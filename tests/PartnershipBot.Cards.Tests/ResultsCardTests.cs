using PartnershipBot.Cards.Builders;
using PartnershipBot.Cards.Samples;
using PartnershipBot.Cards.Tests.Support;
using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;

namespace PartnershipBot.Cards.Tests;

public sealed class ResultsCardTests
{
    [Fact]
    public void RenderAll_ReportAtRisk_GivesOverviewThenOneAdviceCardPerAdvice()
    {
        var report = ReportSamples.AtRisk(Language.Nl);

        var cards = CardRenderer.RenderAll(new ResultsOutput(report));

        Assert.Equal(1 + report.Advice.Count, cards.Count);
        Assert.Contains(report.Title, CardTree.Texts(cards[0]));
        for (var i = 0; i < report.Advice.Count; i++)
        {
            Assert.Contains(report.Advice[i].LessonTitle, CardTree.Texts(cards[i + 1]));
        }
    }

    [Fact]
    public void RenderAll_HealthyReport_GivesOverviewThenTheHealthyCard()
    {
        var report = ReportSamples.Healthy(Language.En);

        var cards = CardRenderer.RenderAll(new ResultsOutput(report));

        Assert.Equal(2, cards.Count);
        Assert.Contains(report.Healthy!.Recognition, CardTree.Texts(cards[1]));
    }

    [Theory]
    [InlineData(Language.Nl)]
    [InlineData(Language.En)]
    public void Render_Results_ShowsEachPitfallsLevelInWordsAndNumber(Language language)
    {
        var report = ReportSamples.AtRisk(language);

        var texts = CardTree.Texts(CardRenderer.Render(new ResultsOutput(report))!).ToList();

        Assert.All(report.Pitfalls, pitfall =>
        {
            Assert.Contains(pitfall.Title, texts);
            Assert.Contains(RiskBar.Label(pitfall, CardTexts.For(language)), texts);
        });
        Assert.Contains(language == Language.Nl ? "Risico: Hoog · 72 van 100" : "Risk: High · 72 out of 100", texts);
    }

    [Fact]
    public void Render_Results_NamesTheStrongestEvidenceAndTheChangeSinceLast()
    {
        var texts = CardTree.Texts(SampleCards.Card("results-nl")).ToList();

        Assert.Contains("Sterkste signaal: Bezuiniging direct ingeboekt — Helemaal eens", texts);
        Assert.Contains("60 → 72 (hoger, +12)", texts);
        Assert.Contains("55 → 48 (lager, −7)", texts);
        Assert.Contains("18 → 18 (gelijk)", texts);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(72, 2)]
    [InlineData(100, 1)]
    public void Render_RiskBar_DrawsOnlySegmentsWithAWidth(int risk, int segments)
    {
        var pitfall = ReportSamples.AtRisk(Language.Nl).Pitfalls[0] with { Risk = risk };
        var report = ReportSamples.AtRisk(Language.Nl) with { Pitfalls = [pitfall] };

        var columns = CardTree.Walk(CardRenderer.Render(new ResultsOutput(report))!)
            .Where(n => n.Type == "Column" && n.Node["minHeight"] is not null);

        Assert.Equal(segments, columns.Count());
    }

    [Fact]
    public void Render_UnknownLevel_ShowsTheWordWithoutANumber()
    {
        var texts = CardTree.Texts(SampleCards.Card("results-healthy-en")).ToList();

        Assert.Contains("Risk: Unknown", texts);
    }

    [Fact]
    public void Render_Advice_ListsTheStepsForTheRoleAndTheSaying()
    {
        var advice = ReportSamples.AtRisk(Language.Nl).Advice[0];

        var texts = CardTree.Texts(SampleCards.Card("results-nl-2")).ToList();

        Assert.Contains("Advies bij: Taakstelling vanaf de start (Risico: Hoog · 72 van 100)", texts);
        Assert.Contains("Volgende stappen voor uw rol: Eigenaar", texts);
        Assert.All(advice.NextSteps, step => Assert.Contains(step, texts));
        Assert.Contains("“" + advice.Saying + "”", texts);
    }
}
