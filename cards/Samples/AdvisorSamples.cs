using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Samples.QuestionSamples;

namespace PartnershipBot.Cards.Samples;

/// <summary>The advisor's answers (the longest: a recognised pitfall, a step per role, a second lesson) and its redirect.</summary>
internal static class AdvisorSamples
{
    public static AdviceOutput PerRole(Language language) => Answer(language, role: null);

    public static AdviceOutput ForOneRole(Language language) => Answer(language, Role.Owner);

    /// <summary>An answer a language model wrote from the passages and the host checked, as shown: its inline citations (passage ids) left out.</summary>
    public static AdviceOutput WordedByModel(Language language) => ForOneRole(language) with
    {
        ModelAnswer = Pick(language,
            "Boek in de opstartjaren nog geen besparing in en spreek af dat de taakstelling pas ingaat zodra de bedrijfsvoering aantoonbaar op orde is. Schaalvoordelen komen niet vanzelf: eerst moeten processen en systemen samengaan, en dat kost tijd en geld. Als eerste stap zet u het uitstel op de agenda van het volgende bestuurlijk overleg en vraagt u de directie welk eenmalig budget de overgang nodig heeft.",
            "Book no savings in the start-up years yet and agree that the target only takes effect once operations are demonstrably in order. Economies of scale do not come by themselves: processes and systems must merge first, and that costs time and money. As a first step, put the deferral on the agenda of the next board meeting and ask the management what one-off budget the transition needs."),
    };

    public static AdvisorRedirectOutput Redirect(Language language) => new(
        language,
        AdvisorRedirectReason.OffTopic,
        Pick(language, "Daar kan ik u niet mee helpen", "I cannot help you with that"),
        Pick(language,
            "Ik ben een adviseur voor samenwerkingsverbanden tussen gemeenten en andere publieke organisaties. Stel mij een vraag over uw samenwerking, bijvoorbeeld over besparingen, de dienstverlening aan de deelnemers of de rapportage van de directie, of doe de snelle check.",
            "I advise on partnerships between municipalities and other public organisations. Ask me a question about your partnership, for example about savings, the service to the participants or the management's reporting, or take the quick check."),
        [new(Pick(language, "Snelle check (3 min)", "Quick check (3 min)"), CardActions.QuickCheck), new("Help", CardActions.Help)]);

    private static AdviceOutput Answer(Language language, Role? role)
    {
        AdviceStep Step(string nl, string en, string roleNl, string roleEn, string id) =>
            new(role is null ? Pick(language, roleNl, roleEn) : null, Pick(language, nl, en), id);
        List<AdviceStep> steps = role is null
            ?
            [
                Step("Zet op de agenda van het eerstvolgende bestuurlijk overleg dat de taakstelling wordt uitgesteld tot de bedrijfsvoering op orde is, en vraag de directie welk incidenteel budget de overgang nodig heeft.",
                    "Put on the agenda of the next board meeting that the savings target is postponed until operations are in order, and ask the management what one-off budget the transition needs.",
                    "Eigenaar", "Owner", "patient.step.owner"),
                Step("Maak voor uw organisatie zichtbaar welke extra inzet de overgang van u vraagt, zodat die niet ongemerkt wordt weggestreept tegen een besparing.",
                    "Make visible for your organisation what extra effort the transition asks of you, so that it is not silently written off against a saving.",
                    "Opdrachtgever", "Client", "patient.step.client"),
                Step("Stel een overgangsbegroting op met de eenmalige kosten apart van de structurele, en laat de eigenaren zien wat een besparing vanaf de start kost aan vertraging en risico.",
                    "Draw up a transition budget that separates one-off costs from recurring ones, and show the owners what a saving from the start costs in delay and risk.",
                    "Directie", "Management", "patient.step.contractor"),
            ]
            :
            [
                Step("Zet op de agenda van het eerstvolgende bestuurlijk overleg dat de taakstelling wordt uitgesteld tot de bedrijfsvoering op orde is, en vraag de directie welk incidenteel budget de overgang nodig heeft.",
                    "Put on the agenda of the next board meeting that the savings target is postponed until operations are in order, and ask the management what one-off budget the transition needs.",
                    "Eigenaar", "Owner", "patient.step.owner"),
            ];
        return new AdviceOutput(
            language,
            Pick(language, "Mijn advies", "My advice"),
            Pick(language, "Wat ik herken in uw woorden", "What I recognise in your words"),
            role is null ? [new("owner-savings-target", Pick(language, "Taakstelling vanaf de start", "Savings target from day one"), [Pick(language, "meteen een taakstelling", "a savings target at once")])] : [],
            Pick(language, "Wat u kunt doen", "What you can do"),
            [
                Pick(language,
                    "Boek in de opstartjaren geen besparing in. Spreek af dat een taakstelling pas ingaat zodra de bedrijfsvoering aantoonbaar op orde is, en leg dat moment vast in de begroting.",
                    "Book no savings in the start-up years. Agree that a savings target only takes effect once operations are demonstrably in order, and record that moment in the budget."),
                Pick(language,
                    "Geef de samenwerking een eenmalig, incidenteel budget voor de overgang: voor de verhuizing, nieuwe systemen, opleiding en tegenvallers die u nu nog niet kunt voorzien.",
                    "Give the partnership a one-off budget for the transition: for the move, new systems, training and setbacks that nobody can foresee yet."),
            ],
            Pick(language, "Waarom dit werkt", "Why this works"),
            Pick(language,
                "Schaalvoordelen komen niet vanzelf en niet meteen. Eerst moeten werkprocessen worden samengevoegd, systemen vervangen en culturen naar elkaar toe groeien; dat kost tijd en geld voordat het iets oplevert.",
                "Economies of scale are neither automatic nor immediate. Work processes must first be merged, systems replaced and cultures brought together; that costs time and money before it pays off."),
            role is null ? Pick(language, "Een eerste stap, per rol", "A first step, per role") : Pick(language, "Een eerste stap voor u als eigenaar", "A first step for you as owner"),
            steps,
            Pick(language,
                "Gebaseerd op de les ‘Geduldige eigenaren met een financiële buffer’, tegen de valkuil ‘Taakstelling vanaf de start’.",
                "Based on the lesson ‘Patient owners with a financial buffer’, against the pitfall ‘Savings target from day one’."),
            role is null ? Pick(language, "Ook van belang voor uw vraag: de les ‘Realistische verwachtingen scheppen’.", "Also relevant to your question: the lesson ‘Setting realistic expectations’.") : null,
            Pick(language,
                "Dit advies komt uit de lessen van samenwerkingsverbanden die wel slaagden. Een snelle check van 3 minuten laat zien waar uw samenwerking staat.",
                "This advice comes from the lessons of partnerships that did succeed. A 3-minute quick check shows where your partnership stands."),
            [new(Pick(language, "Snelle check (3 min)", "Quick check (3 min)"), CardActions.QuickCheck)])
        {
            Grounding = new AdviceGrounding("", "patient-owners-buffer", "", "owner-savings-target", "", role, [], []),
        };
    }
}
