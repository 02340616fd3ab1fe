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
    public void Render_Results_ListsEveryAnswerThatDroveTheScoreStrongestFirstAndTheChangeSinceLast()
    {
        var texts = CardTree.Texts(SampleCards.Card("results-nl")).ToList();

        Assert.Contains("Score 0–100: elk antwoord duwt de score omhoog (+) of omlaag (−); hoe hoger, hoe sterker uw antwoorden op de valkuil wijzen. Laag onder 35, verhoogd vanaf 35, hoog vanaf 65.", texts);
        // All three answers on the savings pitfall, each with its points, in the order of their weight.
        var lines = new[] { "Bezuiniging direct ingeboekt: Helemaal eens", "Eenmalig opstartbudget: Nee", "Eigenaren gunnen tijd: Helemaal oneens" };
        Assert.Equal(lines, texts.Where(lines.Contains));
        Assert.Equal(["+24", "+24", "+19"], texts.SkipWhile(t => t != "Taakstelling vanaf de start").Where(t => t.StartsWith('+')).Take(3));
        Assert.Contains("Dienstverlening moet gelijk blijven: Helemaal eens", texts);
        Assert.Contains("Samen standaarden vastgelegd: Oneens", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("Sterkste signaal", StringComparison.Ordinal));
        Assert.Contains("87 → 100 (hoger, +13)", texts);
    }

    [Fact]
    public void Render_FullCheck_ShowsWhatTheAnalyzerReadInTheOpenAnswer()
    {
        var texts = CardTree.Texts(SampleCards.Card("results-full-nl")).ToList();

        var at = texts.IndexOf("Uw open antwoord");
        Assert.True(at > 0);
        Assert.Equal("Hierin herken ik 2 valkuilen; die tellen mee in de score.", texts[at + 1]);
        Assert.Contains(texts, t => t.StartsWith("Taakstelling vanaf de start (duidelijk signaal) — “", StringComparison.Ordinal));
    }

    [Fact]
    public void RenderAll_Results_HasNoAdviceButtonSinceTheAdviceCardsFollow()
    {
        var cards = CardRenderer.RenderAll(CheckSamples.AtRisk(Language.Nl));

        Assert.Equal(4, cards.Count);
        Assert.DoesNotContain(CardTree.Walk(cards[0]), n => n.Type == "Action.ShowCard");
        Assert.DoesNotContain("Advies bekijken", CardTree.Texts(cards[0]));
    }

    [Fact]
    public void Render_ManyAnswers_StaysWithinTheBudgetAndCountsWhatItLeavesOut()
    {
        var report = ReportSamples.AtRisk(Language.Nl);
        var many = Enumerable.Range(0, 400)
            .Select(i => new EvidenceView("item-" + i, "Een lange vraag over de samenwerking nummer " + i, "Helemaal eens", 400 - i))
            .ToList();
        report = report with { Pitfalls = [.. report.Pitfalls.Select(p => p with { Evidence = many })] };

        var card = CardRenderer.Render(new ResultsOutput(report))!;

        Assert.True(System.Text.Encoding.UTF8.GetByteCount(card.ToJsonString()) <= 28 * 1024);
        var texts = CardTree.Texts(card).ToList();
        Assert.Contains("Een lange vraag over de samenwerking nummer 0: Helemaal eens", texts);
        Assert.Contains(texts, t => t.StartsWith("En ", StringComparison.Ordinal) && t.EndsWith(" antwoorden met een kleiner effect.", StringComparison.Ordinal));
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
        var advice = ((ResultsOutput)CheckSamples.AtRisk(Language.Nl)).Report.Advice[0];

        var texts = CardTree.Texts(SampleCards.Card("results-nl-2")).ToList();

        Assert.Contains("Advies bij: Taakstelling vanaf de start (Risico: Hoog · 100 van 100)", texts);
        Assert.Contains("Volgende stappen voor uw rol: Eigenaar", texts);
        Assert.All(advice.NextSteps, step => Assert.Contains(step, texts));
        Assert.Contains("“" + advice.Saying + "”", texts);
    }
}
