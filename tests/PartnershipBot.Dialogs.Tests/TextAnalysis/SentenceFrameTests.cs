using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>How a sentence frames what it says: a hypothesis, someone else's story, a topic echo, time order.</summary>
public sealed class SentenceFrameTests
{
    [Theory]
    [InlineData("Als we de besparing meteen in het eerste jaar hadden ingeboekt, was het misgegaan.")]
    [InlineData("If we had booked the savings from day one, it would have gone wrong.")]
    [InlineData("Unlike the region next door, where the owners cut the contribution on day one, we kept a transition fund.")]
    [InlineData("Anders dan bij de buren, waar de eigenaren meteen een taakstelling inboekten, kregen wij tijd.")]
    [InlineData("Couleur locale? Die hebben we bij de start samen losgelaten.")]
    [InlineData("We hebben geleerd van een eerdere fusie: daar moest alles meteen goedkoper. Wij namen eerst de tijd.")]
    [InlineData("We learned from the merger before ours: the owners cut the contribution on day one. We did not.")]
    [InlineData("Ik begrijp waarom we niet meteen bezuinigen: de organisatie moet eerst stabiel draaien.")]
    public void Analyze_HypothesisElsewhereOrEcho_RaisesNoPitfall(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("Pas nu de bedrijfsvoering stabiel draait, praten we over een taakstelling.")]
    [InlineData("Only once operations were stable did we discuss a savings target.")]
    [InlineData("We are discussing a savings target now, but only because operations have been stable for two years.")]
    public void Analyze_SavingsOnlyAfterOperationsRunWell_IsThePatienceLesson(string text)
    {
        var result = PitfallTextAnalyzer.Default.Analyze(text);

        Assert.DoesNotContain(result.Pitfalls, p => p.Id == "owner-savings-target");
    }

    [Theory]
    [InlineData("De eigenaren hebben meteen een taakstelling van tien procent ingeboekt.")]
    [InlineData("Pas nu merken we dat de eigenaren meteen een taakstelling hebben ingeboekt.")]
    [InlineData("Ik snap niet waarom we niet meteen met een lagere bijdrage beginnen.")]
    [InlineData("I do not see why we cannot start with a lower contribution right away.")]
    public void Analyze_ThePitfallItself_IsStillFound(string text)
    {
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "owner-savings-target");
    }
}
