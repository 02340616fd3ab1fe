using PartnershipBot.Dialogs.TextAnalysis;

namespace PartnershipBot.Dialogs.Tests.TextAnalysis;

/// <summary>How a sentence frames what it says: a hypothesis, someone else's story, a topic echo, time order, an outcome.</summary>
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

    // Lines written for these rules, in no labelled set. A short closing that turns the course down makes the sentence
    // before it a warning, not what happens.
    [Theory]
    [InlineData("Als we nu al een taakstelling opleggen, krijgen we over drie jaar de rekening. Laten we dat dus niet doen.")]
    [InlineData("De gemeenten boeken in jaar één een besparing in. Dat moeten we voorkomen.")]
    [InlineData("We impose a savings target in year one. Let's not do that.")]
    [InlineData("The board could book the full saving from day one. We shouldn't do that.")]
    public void Analyze_AProposalTurnedDownInTheClosingSentence_RaisesNothing(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("De gemeenten boeken in jaar één een besparing in. Dat vinden we niet handig, maar het is zo besloten.")]
    [InlineData("We impose a savings target in year one. Let's not do that. Even so, the board imposed a savings target of ten percent in year one.")]
    public void Analyze_ARejectionThatIsNotTheClosingOfTheProposal_KeepsThePitfall(string text)
    {
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "owner-savings-target");
    }

    [Fact]
    public void Analyze_AStoryFromElsewhereClosedWithWhatWeDidHereBecauseOfIt_RaisesNothing()
    {
        const string text = "In Westerdam boekten ze de besparing meteen in en dat liep helemaal mis; hier hebben we daarom eerst twee jaar buffer afgesproken.";

        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    // "Pas in 2027" on its own is a date, not patience with savings: the savings are already booked before the work is done.
    [Theory]
    [InlineData("De besparing van de ICT-samenvoeging staat al in de begroting 2026, terwijl de migratie pas in 2027 gepland is.")]
    [InlineData("The savings from merging the IT are already in the 2026 budget, while the migration is only planned in 2027.")]
    public void Analyze_SavingsBookedBeforeTheWorkThatIsOnlyPlannedLater_IsThePitfall(string text)
    {
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "owner-savings-target");
    }

    [Theory]
    [InlineData("De besparing komt pas in 2028, als de systemen stabiel draaien.")]
    [InlineData("De lagere bijdrage gaat pas vanaf jaar drie in.")]
    [InlineData("The lower contribution only starts from year three.")]
    public void Analyze_SavingsOnlyFromALaterYear_IsStillPatience(string text)
    {
        var result = PitfallTextAnalyzer.Default.Analyze(text);

        Assert.Empty(result.Pitfalls);
        Assert.Contains(result.Lessons, l => l.Id == "patient-owners-buffer");
    }

    // A proposal turned down did not happen: its cues count as their opposites.
    [Theory]
    [InlineData("Het voorstel van een fractie om al in het eerste jaar 10% te korten, is door de raad verworpen.", null)]
    [InlineData("The motion to cut the contribution by ten percent from year one was voted down.", null)]
    [InlineData("Het voorstel voor een incidenteel transitiebudget is door het AB van tafel geveegd.", "owner-savings-target")]
    [InlineData("The proposal for a one-off transition budget was voted down by the general board.", "owner-savings-target")]
    [InlineData("Het voorstel werd afgewezen, maar de raad kortte toch meteen 10% op de bijdrage.", "owner-savings-target")]
    public void Analyze_AProposalTurnedDown_CountsAsItsOpposite(string text, string? pitfall)
    {
        var pitfalls = PitfallTextAnalyzer.Default.Analyze(text).Pitfalls.Select(p => p.Id).ToArray();

        Assert.Equal(pitfall is null ? [] : [pitfall], pitfalls);
    }

    // Dutch puts the negation after the verb at the end of the clause.
    [Theory]
    [InlineData("Geld voor de overgangsperiode is er niet bijgekomen.", "owner-savings-target", null)]
    [InlineData("De besparing wordt in het eerste jaar niet ingeboekt.", null, "patient-owners-buffer")]
    [InlineData("De raden stemmen in met begrotingen waarvan iedereen weet dat ze niet reëel zijn.", "contractor-appearance-of-success", null)]
    public void Analyze_ANegationAfterTheCue_NegatesIt(string text, string? pitfall, string? lesson)
    {
        var result = PitfallTextAnalyzer.Default.Analyze(text);

        Assert.Equal(pitfall is null ? [] : [pitfall], result.Pitfalls.Select(p => p.Id).ToArray());
        if (lesson is not null)
        {
            Assert.Contains(result.Lessons, l => l.Id == lesson);
        }
    }

    [Fact]
    public void Analyze_AConditionAfterAPractice_StillKeepsOnesOwnWay() =>
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze("We zijn heus niet tegen standaardisatie, zolang onze eigen werkwijze maar de standaard wordt.").Pitfalls, p => p.Id == "client-unchanged-service");

    // Lines written for this rule, in no labelled set: a report that the people served noticed nothing is how a change
    // turned out, not the demand that they must not notice it.
    [Theory]
    [InlineData("Inwoners merkten helemaal niets van de overgang.")]
    [InlineData("De klanten merkten niets van de verhuizing naar het nieuwe systeem.")]
    [InlineData("Onze inwoners hebben niets gemerkt van de fusie van de twee diensten.")]
    [InlineData("Residents noticed no difference when the three desks merged into one.")]
    [InlineData("Our clients barely noticed the switch to the shared case system.")]
    public void Analyze_ClientsNoticedNothing_IsAnOutcomeNotThePitfall(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("Inwoners mogen niets merken van de overgang, zo eist onze wethouder.")]
    [InlineData("Our alderman insists residents must not notice any change at all.")]
    [InlineData("Inwoners merkten niets van de overgang, maar nu eist elke gemeente weer haar eigen loket en een vaste contactpersoon.")]
    public void Analyze_TheDemandThatClientsNoticeNothing_IsStillThePitfall(string text)
    {
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "client-unchanged-service");
    }

    [Theory]
    [InlineData("Ik hoorde dat ze in een andere provincie meteen 20% moesten inleveren.")]
    [InlineData("Bij een andere omgevingsdienst heb ik gezien hoe de directie jarenlang alles rooskleurig voorstelde.")]
    [InlineData("A colleague from another partnership told me their director hid every delay from the board.")]
    [InlineData("Elders zie je vaak dat eigenaren direct een besparing inboeken; bij ons is afgesproken dat dat pas na drie jaar kan.")]
    public void Analyze_StoryToldOfAPlaceThatIsNotOurs_RaisesNoPitfall(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("In the neighbouring region the owners took the savings on day one and the whole thing collapsed. Not our situation.")]
    [InlineData("De eigenaren in die regio boekten vanaf dag één een bezuiniging in. Dat hebben wij bewust anders aangepakt.")]
    [InlineData("Their management kept telling the board everything was fine until it fell apart. We did it differently.")]
    public void Analyze_StoryFollowedByAClosingThatSetsItApart_RaisesNoPitfall(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Theory]
    [InlineData("Net als in de buurregio moesten wij meteen 10% inleveren.", "owner-savings-target")]
    [InlineData("In andere regio's werkt de directie open, bij ons wordt alles mooier voorgesteld dan het is.", "contractor-appearance-of-success")]
    [InlineData("In another region the owners waited three years for savings, but our owners booked a 10% cut in year one.", "owner-savings-target")]
    [InlineData("Elders in onze organisatie wordt alles mooier voorgesteld dan het is.", "contractor-appearance-of-success")]
    [InlineData("We did it differently: the owners demanded 10% savings on day one.", "owner-savings-target")]
    public void Analyze_StoryThatComesBackToUs_StillFindsThePitfall(string text, string pitfall)
    {
        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == pitfall);
    }

    [Theory]
    [InlineData("Het zou misgaan als de gemeenten de besparing al bij de start zouden inboeken.")]
    [InlineData("It would have been a mistake to book the savings at the start.")]
    [InlineData("Wat als de eigenaren straks toch een taakstelling in jaar één willen inboeken?")]
    [InlineData("What should I say if the owners push for a savings target in year one?")]
    public void Analyze_HypothesisWithoutAnOpeningIf_RaisesNoPitfall(string text)
    {
        Assert.Empty(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls);
    }

    [Fact]
    public void Analyze_ConditionSomeoneSetOnTheService_IsNoHypothesis()
    {
        var text = "The aldermen said they would only accept the regional arrangement if residents noticed no difference at all.";

        Assert.Contains(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "client-unchanged-service");
    }

    [Fact]
    public void Analyze_TimeGateAfterAComma_IsThePatienceLesson()
    {
        var text = "The contribution finally went down in 2027, three years after launch, once the systems had been stable for a full year.";

        Assert.DoesNotContain(PitfallTextAnalyzer.Default.Analyze(text).Pitfalls, p => p.Id == "owner-savings-target");
    }
}
