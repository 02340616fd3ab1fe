using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Dialogs.Results;
using PartnershipBot.Cards.Samples;
using static PartnershipBot.Cards.Samples.QuestionSamples;

namespace PartnershipBot.Cards.Tests.Support;

/// <summary>
/// Hand-made reports for the results builder's unit tests (exact numbers to assert on). The card samples and their
/// golden files come from the engine instead (<see cref="CheckSamples"/>).
/// </summary>
internal static class ReportSamples
{
    private static readonly DateTimeOffset Completed = new(2026, 11, 27, 14, 5, 0, TimeSpan.FromHours(1));
    private static readonly DateTimeOffset Previous = new(2026, 8, 12, 9, 30, 0, TimeSpan.FromHours(2));

    public static CheckReport AtRisk(Language language) => new(
        "c-7f3a9e21-4", language, Role.Owner, Pick(language, "Eigenaar", "Owner"), CheckKind.Quick, "1", Completed,
        Pick(language, "Uitkomst van uw snelle check", "Result of your quick check"),
        [
            new(Pick(language, "Rol", "Role"), Pick(language, "Eigenaar", "Owner")),
            new(Pick(language, "Bestaat sinds", "In existence for"), Pick(language, "1 tot 3 jaar", "1 to 3 years")),
            new(Pick(language, "Soort taken", "Kind of tasks"), Pick(language, "Bestaande taken samengevoegd", "Existing tasks merged")),
        ],
        [
            Pitfall(language, "owner-savings-target", SavingsTitle(language), 72, RiskLevel.High, Pick(language, "Hoog", "High"),
                Pick(language, "Bezuiniging direct ingeboekt", "Budget cut booked at once"), Pick(language, "Helemaal eens", "Strongly agree")),
            Pitfall(language, "contractor-appearance-of-success", Pick(language, "Schijn van succes", "Appearance of success"), 48, RiskLevel.Elevated, Pick(language, "Verhoogd", "Elevated"),
                Pick(language, "Begroting steeds overschreden", "Budget overrun again and again"), Pick(language, "Eens", "Agree")),
            Pitfall(language, "client-unchanged-service", Pick(language, "Gelijkblijvende dienstverlening", "Unchanged service expected"), 18, RiskLevel.Low,
                Pick(language, "Laag", "Low"), evidence: null, answer: null),
        ],
        [
            new("budget-vs-savings", "owner-savings-target",
                Pick(language,
                    "U geeft aan dat er genoeg opstartbudget is, maar ook dat de besparing meteen is ingeboekt.",
                    "You say there is enough start-up budget, but also that the savings were booked at once."),
                ["start-budget", "savings-booked-at-start"], 8),
        ],
        Pick(language,
            "Twee van de drie valkuilen vragen aandacht. Het zwaarst weegt de besparing die al bij de start is ingeboekt.",
            "Two of the three pitfalls need attention. The savings booked right at the start weigh most."),
        [SavingsAdvice(language), AppearanceAdvice(language)],
        Healthy: null,
        new ChangeSinceLast(Previous, CheckKind.Quick,
            [
                new("owner-savings-target", SavingsTitle(language), 60, RiskLevel.Elevated, 72, RiskLevel.High, 12),
                new("contractor-appearance-of-success", Pick(language, "Schijn van succes", "Appearance of success"), 55, RiskLevel.Elevated, 48, RiskLevel.Elevated, -7),
                new("client-unchanged-service", Pick(language, "Gelijkblijvende dienstverlening", "Unchanged service expected"), 18, RiskLevel.Low, 18, RiskLevel.Low, 0),
            ],
            Pick(language, "De druk op de besparing is sinds uw vorige check toegenomen.", "The pressure on savings has grown since your previous check.")),
        AnsweredCount: 11, SkippedCount: 1, CanStartFullCheck: true,
        [
            new(Pick(language, "Volledige check", "Full check"), CardActions.FullCheck),
            new(Pick(language, "Eerdere uitkomsten", "Earlier results"), CardActions.History),
            new(Pick(language, "Help", "Help"), CardActions.Help),
        ]);

    public static CheckReport Healthy(Language language) => AtRisk(language) with
    {
        Pitfalls =
        [
            Pitfall(language, "owner-savings-target", SavingsTitle(language), 22, RiskLevel.Low, Pick(language, "Laag", "Low"),
                Pick(language, "Opstartbudget beschikbaar", "Start-up budget available"), Pick(language, "Eens", "Agree")),
            Pitfall(language, "contractor-appearance-of-success", Pick(language, "Schijn van succes", "Appearance of success"), 0, RiskLevel.Unknown, Pick(language, "Onbekend", "Unknown"), null, null),
            Pitfall(language, "client-unchanged-service", Pick(language, "Gelijkblijvende dienstverlening", "Unchanged service expected"), 9, RiskLevel.Low, Pick(language, "Laag", "Low"), null, null),
        ],
        Contradictions = [],
        Advice = [],
        ChangeSinceLast = null,
        OverallSummary = Pick(language, "Geen van de drie valkuilen springt eruit.", "None of the three pitfalls stands out."),
        Healthy = new HealthyView(
            Pick(language,
                "Uw antwoorden laten een samenwerking zien die op de belangrijkste punten gezond is ingericht. Dat is geen vanzelfsprekendheid: het vraagt bewuste keuzes van alle partijen.",
                "Your answers show a partnership that is set up soundly on the points that matter most. That is no given: it takes deliberate choices by every party."),
            [
                Pick(language, "Blijf letten op nieuwe bezuinigingsopdrachten die eerder komen dan de bedrijfsvoering aankan.", "Keep an eye out for new savings demands that arrive before operations can carry them."),
                Pick(language, "Let op een sluipende groei van uitzonderingen en lokaal maatwerk.", "Watch for a creeping growth of exceptions and local tailoring."),
                Pick(language, "Blijf begrotingen naast de werkelijke uitkomsten leggen en bespreek verschillen open.", "Keep setting budgets against actual outcomes and discuss the differences openly."),
            ],
            EveryonePullsTogether(language)),
    };

    private static PitfallResult Pitfall(Language language, string id, string title, int risk, RiskLevel level, string levelLabel, string? evidence, string? answer) =>
        new(id, title, Pick(language, "Beschrijving", "Description"), risk, level, levelLabel,
            evidence is null || answer is null ? [] : [new EvidenceView("item", evidence, answer, 14.5)],
            [], 0, 1.0)
        {
            Evidence = evidence is null || answer is null ? [] : [new EvidenceView("item", evidence, answer, 14.5)],
        };

    private static string SavingsTitle(Language language) => Pick(language, "Taakstelling vanaf de start", "Savings target from day one");

    private static AdviceView SavingsAdvice(Language language) => new(
        "owner-savings-target", "patient-owners-buffer",
        Pick(language, "Geduldige eigenaren met een financiële buffer", "Patient owners with a financial buffer"),
        Pick(language,
            "Een nieuwe gezamenlijke organisatie heeft eerst tijd en geld nodig om processen, systemen en mensen bij elkaar te brengen. Wie de besparing al vooraf inboekt, dwingt tot bezuinigen op precies die opbouw.",
            "A new joint organisation first needs time and money to bring processes, systems and people together. Booking the savings in advance forces cuts in exactly that build-up."),
        [
            Pick(language, "Stel met de andere eigenaren een eenmalig opstartbudget vast, inclusief een post voor onverwachte tegenvallers.", "Agree a one-off start-up budget with the other owners, including an amount for unexpected setbacks."),
            Pick(language, "Schuif een ingeboekte bezuiniging door naar het jaar waarin de bedrijfsvoering aantoonbaar op orde is, en leg dat criterium vast.", "Move any booked cut to the year in which operations are demonstrably in order, and write that criterion down."),
            Pick(language, "Bespreek in uw eigen raad of bestuur openlijk dat de opbrengst later komt dan de kosten.", "Tell your own council or board openly that the returns will come later than the costs."),
        ],
        Pick(language, "De kost gaat voor de baat uit.", "You have to invest before you can reap (the Dutch say: de kost gaat voor de baat uit)."));

    private static AdviceView AppearanceAdvice(Language language) => new(
        "contractor-appearance-of-success", "realistic-expectations",
        Pick(language, "Realistische verwachtingen scheppen", "Setting realistic expectations"),
        Pick(language,
            "Direct besparen, volledig maatwerk leveren en tegelijk alles vernieuwen kan niet allemaal tegelijk. Wie dat toch belooft, schuift de problemen vooruit tot ze niet meer te verbergen zijn.",
            "Saving at once, delivering full tailoring and renewing everything cannot all happen together. Promising it anyway pushes the problems ahead until they can no longer be hidden."),
        [
            Pick(language, "Vraag bij elke begroting expliciet naar de aannames en de risico's, en beloon een eerlijk 'dit lukt niet'.", "Ask explicitly about the assumptions and risks of each budget, and reward an honest 'this will not work'."),
            Pick(language, "Laat de haalbaarheid van de begroting eenmalig onafhankelijk toetsen voordat u instemt.", "Have the budget's feasibility reviewed independently once before you approve it."),
        ],
        Saying: null);

    private static string EveryonePullsTogether(Language language) => Pick(language,
        "Een samenwerking verdient zich pas terug als alle partners er werkelijk samen de schouders onder zetten.",
        "A partnership only pays for itself when every partner truly puts their shoulder to the wheel together.");
}
