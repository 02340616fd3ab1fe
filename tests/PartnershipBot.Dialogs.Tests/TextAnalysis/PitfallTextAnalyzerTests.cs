using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

public sealed class PitfallTextAnalyzerTests
{
    private const string Savings = "owner-savings-target";
    private const string Service = "client-unchanged-service";
    private const string Appearance = "contractor-appearance-of-success";
    private const string Buffer = "patient-owners-buffer";
    private const string Collective = "collective-commissioning";
    private const string Realistic = "realistic-expectations";

    private static readonly PitfallTextAnalyzer s_analyzer = PitfallTextAnalyzer.Default;

    private static string[] Pitfalls(string text) => s_analyzer.Analyze(text).Pitfalls.Select(p => p.Id).Order().ToArray();

    private static string[] Lessons(string text) => s_analyzer.Analyze(text).Lessons.Select(p => p.Id).Order().ToArray();

    // Paraphrases without the obvious keywords (no "taakstelling", "maatwerk", "schijn").
    public static TheoryData<string, string> Paraphrases => new()
    {
        { "Vanaf januari moeten we het met een kwart minder budget doen, terwijl de fusie nog loopt.", Savings },
        { "De raad rekende op een flinke besparing in het eerste jaar.", Savings },
        { "The expected savings were deducted from our budget before we even opened our doors.", Savings },
        { "Onze gemeente wil gewoon haar eigen systeem houden.", Service },
        { "Iedere wethouder belt de directeur om iets speciaals voor zijn dorp te regelen.", Service },
        { "Our municipality simply wants to keep its own system.", Service },
        { "Het bestuur doet alsof er niets aan de hand is.", Appearance },
        { "Management keeps promising that next year everything will be fine.", Appearance },
        { "De jaarlijkse begroting is niet meer dan een wensenlijstje.", Appearance },
    };

    [Theory]
    [MemberData(nameof(Paraphrases))]
    public void Analyze_ParaphraseWithoutKeyword_RaisesPitfall(string text, string pitfall) =>
        Assert.Equal([pitfall], Pitfalls(text));

    // Negation and contrast: the healthy reading must not raise the pitfall; it may raise the lesson.
    public static TheoryData<string, string> HealthyNegations => new()
    {
        { "We deliberately booked no savings for the first three years.", Buffer },
        { "We hebben bewust geen bezuiniging ingeboekt in de opstartjaren.", Buffer },
        { "Er is nog geen taakstelling, die komt pas als de systemen draaien.", Buffer },
        { "There is no savings target yet.", Buffer },
        { "Wij willen juist niet dat alles hetzelfde blijft; we kozen samen één werkwijze.", Collective },
        { "Nobody expects the service to stay exactly as it used to be any more.", Collective },
        { "Er wordt hier niets onder het tapijt geveegd.", Realistic },
        { "Our budget is not too rosy at all.", Realistic },
        // "pas" (not until) puts the cut off: the patient owners of the lesson, not the pitfall.
        { "De voordelen worden pas na vijf jaar ingeboekt.", Buffer },
        // "vragen" as a verb: "geen" still negates the cut, not a "geen vragen" (nobody asks) cue.
        { "Wij vragen als eigenaar bewust geen korting in de eerste twee jaar.", Buffer },
        // Refusing is a negation: refusing a cut is patience, refusing one's own variants is the collective.
        { "The board refused to book savings in year one.", Buffer },
        { "We want the quality to stay as good as before, but we are fine with giving up our local procedures.", Collective },
        { "Wij hebben onze eigen formulieren opgegeven voor het gezamenlijke formulier.", Collective },
    };

    // Cause and effect: the cause is a pitfall of its own, the effect another ("because the savings were promised, …").
    public static TheoryData<string, string[]> CauseAndEffect => new()
    {
        { "Omdat de besparing al in de begroting stond, durfde niemand de achterstanden te melden.", [Savings, Appearance] },
        { "Because the savings had been promised to the council, the director kept the backlog out of the report.", [Savings, Appearance] },
        { "De directie schuift alle tegenvallers door naar de volgende begroting en zegt dat alles op koers ligt.", [Appearance] },
    };

    [Theory]
    [MemberData(nameof(CauseAndEffect))]
    public void Analyze_CauseAndEffect_FindsBothPitfalls(string text, string[] pitfalls) =>
        Assert.Equal(pitfalls.Order().ToArray(), Pitfalls(text));

    // Healthy look-alikes of the cues above and of the lessons beside them.
    [Theory]
    [InlineData("The director told the owners frankly that the budget they asked for is not realistic and proposed a three-year growth path.")]
    [InlineData("De directeur heeft de eigenaren eerlijk gezegd dat de gevraagde begroting niet realistisch is.")]
    [InlineData("The savings promised in the business case were deliberately pushed back to year four.")]
    [InlineData("Adviseursnotitie: taakstelling uitgesteld tot na stabilisatie.")]
    [InlineData("Dat samenwerken meteen goedkoper is, is een mythe.")]
    [InlineData("Er is de raad geen besparing beloofd voor de eerste drie jaar.")]
    [InlineData("De directie schoof de vertraging niet door maar meldde die meteen aan het bestuur.")]
    [InlineData("Our deficit was moved to next year's budget with a recovery plan the board approved.")]
    public void Analyze_HonestTellingPostponedSavingsOrAMyth_RaisesNoPitfall(string text) => Assert.Empty(Pitfalls(text));

    [Fact]
    public void Analyze_EerlijkGezegdAsAnAside_DoesNotHideThePitfall() =>
        Assert.Equal([Appearance], Pitfalls("Eerlijk gezegd gelooft niemand de planning van de directie nog."));

    [Theory]
    [InlineData("De bijdrage van de gemeenten wordt pas na drie jaar verlaagd.")]
    [InlineData("De korting op de bijdrage gaat pas in als de bedrijfsvoering op orde is.")]
    public void Analyze_CutOnlyLater_NoSavingsPitfall(string text) =>
        Assert.DoesNotContain("owner-savings-target", Pitfalls(text));

    [Theory]
    [InlineData("Inwoners merkten niets van de overgang.")]
    [InlineData("Residents did not notice anything of the transition.")]
    [InlineData("We wisten dat de begroting niet haalbaar was en hebben hem bijgesteld.")]
    [InlineData("We knew the budget was not feasible and we revised it.")]
    public void Analyze_SmoothTransitionOrAdjustedBudget_RaisesNoPitfall(string text) => Assert.Empty(Pitfalls(text));

    [Theory]
    [InlineData("De burger moet er niets van merken.", "client-unchanged-service")]
    [InlineData("Residents should not notice anything.", "client-unchanged-service")]
    [InlineData("De begroting werd nooit bijgesteld, ook niet toen het tekort opliep.", "contractor-appearance-of-success")]
    [InlineData("The budget was never revised even when losses grew.", "contractor-appearance-of-success")]
    public void Analyze_MustNotNoticeOrNeverAdjusted_RaisesThePitfall(string text, string pitfall) =>
        Assert.Equal([pitfall], Pitfalls(text));

    [Theory]
    [InlineData("We zitten nog midden in het samenvoegen van drie zaaksystemen en de eigenaren rekenen al vanaf dag 1 op die korting van 1,2 mln. Incidenteel geld voor de opstart? Nee hoor, niks gekregen.")]
    [InlineData("The owners cut the contribution by 10% from day one. Transition money? No, nothing at all.")]
    public void Analyze_PracticeAskedForButMissing_ReportsThePitfallNotThePractice(string text)
    {
        var result = s_analyzer.Analyze(text);

        Assert.Equal(["owner-savings-target"], result.Pitfalls.Select(p => p.Id));
        Assert.DoesNotContain(result.Lessons, l => l.Id == "patient-owners-buffer");
    }

    [Fact]
    public void Analyze_PasMeaningJust_DoesNotHideALaterCut() =>
        Assert.Contains("owner-savings-target", Pitfalls("Ik ben hier pas begonnen, maar we moesten meteen bezuinigen."));

    [Theory]
    [MemberData(nameof(HealthyNegations))]
    public void Analyze_NegatedPitfall_NoPitfallButLesson(string text, string lesson)
    {
        Assert.Empty(Pitfalls(text));
        Assert.Contains(lesson, Lessons(text));
    }

    public static TheoryData<string, string> NegatedPractices => new()
    {
        { "Er is geen incidenteel budget voor de opstart.", Savings },
        { "Nobody budgeted anything for the start-up costs.", Savings },
        { "De begroting is niet realistisch.", Appearance },
        { "Our forecasts are not realistic.", Appearance },
        { "The owners refused any one-off money for the start-up.", Savings },
        { "De raad weigerde incidenteel geld voor de opstart.", Savings },
        // Agreeing to a standard on condition that it is one's own is keeping one's own.
        { "Harmoniseren? Prima, maar dan wel volgens onze werkwijze.", Service },
        { "Standardise? Fine, as long as it's our way.", Service },
    };

    [Theory]
    [MemberData(nameof(NegatedPractices))]
    public void Analyze_NegatedHealthyPractice_RaisesPairedPitfall(string text, string pitfall) =>
        Assert.Contains(pitfall, Pitfalls(text));

    public static TheoryData<string, string[]> Contrasts => new()
    {
        { "Officieel is er geen taakstelling, maar de bijdrage is vanaf het eerste jaar wel verlaagd.", [Savings] },
        { "Officially there is no savings target, but our contribution was cut in the very first year.", [Savings] },
        { "We wilden eerst alles hetzelfde houden, maar inmiddels hebben we samen één standaard gekozen.", [] },
        { "At first we wanted to keep everything as it was, but now we have jointly chosen one standard.", [] },
        { "Er is een gezamenlijk opdrachtgeversoverleg, maar elke gemeente wil toch haar eigen uitzonderingen.", [Service] },
        { "The budget looks balanced, however everyone knows the staff costs are underestimated.", [Appearance] },
    };

    [Theory]
    [MemberData(nameof(Contrasts))]
    public void Analyze_Contrast_LaterClauseDecides(string text, string[] pitfalls) =>
        Assert.Equal(pitfalls.Order(), Pitfalls(text));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Goedemorgen!")]
    [InlineData("ok")]
    [InlineData("Hoe laat begint het overleg?")]
    [InlineData("Thanks, have a nice weekend!")]
    [InlineData("Wat is een taakstelling precies?")]
    [InlineData("What exactly is a savings target?")]
    [InlineData("Wij doen de ICT voor drie gemeenten.")]
    public void Analyze_SmallTalkOrQuestion_RaisesNothing(string text) => Assert.Empty(Pitfalls(text));

    [Fact]
    public void Analyze_MixedSituation_AllPitfallsStrongestFirstWithEvidenceFromInput()
    {
        const string text = "We moesten direct besparen, elke gemeente wil haar eigen werkwijze houden en de directie houdt de schijn op.";

        var result = s_analyzer.Analyze(text);

        Assert.Equal(new[] { Appearance, Savings, Service }.Order(), result.Pitfalls.Select(p => p.Id).Order());
        Assert.Equal(result.Pitfalls.OrderByDescending(p => p.Score).Select(p => p.Id), result.Pitfalls.Select(p => p.Id));
        Assert.All(result.Pitfalls, p =>
        {
            Assert.InRange(p.Score, 0.5, 1.0);
            Assert.NotEmpty(p.Evidence);
            Assert.All(p.Evidence, e => Assert.Contains(e, text, StringComparison.Ordinal));
        });
        Assert.Equal("nl", result.Language);
    }

    [Theory]
    [InlineData("We hebben een taakstelling gekregen.", "nl")]
    [InlineData("We were given a savings target.", "en")]
    [InlineData("ok", null)]
    public void Analyze_Language_GuessedFromFunctionWords(string text, string? language) =>
        Assert.Equal(language, s_analyzer.Analyze(text).Language);

    [Fact]
    public void Analyze_SameTextTwice_SameResult()
    {
        const string text = "De tekorten worden stilletjes uit de reserves aangevuld.";

        var first = s_analyzer.Analyze(text);
        var second = s_analyzer.Analyze(text);

        Assert.Equal(first.Pitfalls.Select(p => (p.Id, p.Score, string.Join('|', p.Evidence))), second.Pitfalls.Select(p => (p.Id, p.Score, string.Join('|', p.Evidence))));
    }

    [Fact]
    public void Analyze_VeryLongText_Bounded()
    {
        var text = string.Concat(Enumerable.Repeat("Wij zijn een samenwerkingsverband. ", 2000));

        Assert.Empty(s_analyzer.Analyze(text).Pitfalls);
    }

    [Fact]
    public void Analyze_Null_Throws() => Assert.Throws<ArgumentNullException>(() => s_analyzer.Analyze(null!));

    [Fact]
    public void AsFreeTextAnalyzer_Pitfalls_BecomeSignalsWithPhrases()
    {
        var signals = s_analyzer.AsFreeTextAnalyzer()("De begroting klopt al jaren niet, maar iedereen tekent.", PartnershipBot.Dialogs.Conversation.Language.Nl);

        var signal = Assert.Single(signals);
        Assert.Equal(Appearance, signal.PitfallId);
        Assert.Contains(signal.Phrases, p => p.Contains("klopt", StringComparison.Ordinal));
    }
}
