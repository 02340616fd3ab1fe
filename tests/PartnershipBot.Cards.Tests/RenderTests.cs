using PartnershipBot.Cards.Tests.Support;

namespace PartnershipBot.Cards.Tests;

/// <summary>
/// Every sample rendered by Microsoft's adaptivecards renderer in headless Chromium (tests/render/render.js):
/// no parse or validation events (but the expected one of a Teams chart with fallback "drop", which this renderer
/// does not know), nothing wider than a Teams chat card, every text visible, a PNG per card.
/// Needs node, /usr/bin/chromium and <c>npm ci --prefix tests/render</c>.
/// </summary>
[Trait("Category", "Render")]
public sealed class RenderTests(RenderFixture fixture) : IClassFixture<RenderFixture>
{
    public static TheoryData<string, string> KeyTexts => new()
    {
        { "question-nl", "Vraag 3 van 8" },
        { "question-nl", "Helemaal oneens" },
        { "question-nl", "Antwoord versturen" },
        { "question-en", "Question 3 of 8" },
        { "question-en", "Strongly agree" },
        { "answered-nl", "Uw antwoord: Oneens" },
        { "results-nl", "Risico: Hoog · 88 van 100" },
        { "results-nl", "Dienstverlening moet gelijk blijven: Helemaal eens" },
        { "results-en", "Risk: High · 88 out of 100" },
        { "results-full-nl", "Uw open antwoord" },
        { "results-healthy-nl", "Geen score: u beantwoordde 1 van de 2 vragen hierover, en voor een score zijn minstens 2 antwoorden nodig. 'Weet ik niet' en overgeslagen vragen tellen niet mee." },
        { "results-nl-2", "Geduldige eigenaren met een financiële buffer" },
        { "results-healthy-en-2", "Keep an eye on" },
        { "help-nl", "verwijder mijn gegevens" },
        { "privacy-en", "Only you see your answers and results." },
        { "welcome-nl", "Welkom bij de Samenwerkingscheck" },
        // The chart's figures as text beside it: what a client without Teams' charts (this renderer) shows instead.
        { "round-release-nl", "Taakstelling vanaf de start — Eigenaren 54, Opdrachtgevers 87, Directie (opdrachtnemer) 87" },
        { "round-release-channel-en", "Savings target from day one — Owners 54, Clients 87, Management (contractor) 87" },
    };

    [Fact]
    public void RenderJs_EverySample_RendersCleanlyWithItsTextsVisible()
    {
        var report = fixture.Report;

        Assert.Equal(SampleCards.AllNames.Order(StringComparer.Ordinal), report.Samples.Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.All(report.Samples, sample =>
        {
            Assert.True(sample.Ok, sample.Name + ": " + string.Join("; ", sample.Problems));
            Assert.True(new FileInfo(sample.Screenshot).Length > 0, sample.Name + " has no screenshot");
        });
    }

    [Theory]
    [MemberData(nameof(KeyTexts))]
    public void RenderJs_Sample_ShowsKeyText(string name, string text)
    {
        var report = fixture.Report;

        Assert.Contains(text, report.Samples.Single(s => s.Name == name).VisibleText, StringComparison.Ordinal);
    }
}
