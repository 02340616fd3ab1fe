using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Cards.Samples.QuestionSamples;

namespace PartnershipBot.Cards.Samples;

/// <summary>A situation read from free text, with all three pitfalls recognised (the longest case).</summary>
internal static class SituationSamples
{
    public static SituationOutput AllThree(Language language) => new(
        language,
        Pick(language, "Dit herken ik in uw verhaal", "What I recognise in your story"),
        Pick(language,
            "Wat u beschrijft, lijkt op een valkuil die vaker voorkomt in samenwerkingsverbanden. Dit viel me op:",
            "What you describe resembles a pitfall that partnerships run into more often. This is what stood out:"),
        [
            new("owner-savings-target", Pick(language, "Taakstelling vanaf de start", "Savings target from day one"),
                Pick(language,
                    "De eigenaren rekenen meteen op lagere kosten, zonder ruimte of geld voor de opstartjaren.",
                    "The owners count on lower costs straight away, with no room or money for the start-up years."),
                0.82,
                [Pick(language, "meteen bezuinigen", "cut costs at once"), Pick(language, "geen opstartbudget", "no start-up budget")],
                "patient-owners-buffer", Pick(language, "Geduldige eigenaren met een financiële buffer", "Patient owners with a financial buffer"),
                Pick(language,
                    "Een nieuwe gezamenlijke organisatie heeft eerst tijd en geld nodig om processen, systemen en mensen bij elkaar te brengen.",
                    "A new joint organisation first needs time and money to bring processes, systems and people together.")),
            new("client-unchanged-service", Pick(language, "Gelijkblijvende dienstverlening", "Unchanged service expected"),
                Pick(language,
                    "Opdrachtgevers willen hun vertrouwde dienstverlening en lokale maatwerk behouden, waardoor standaardiseren niet lukt.",
                    "Clients hold on to their familiar service and local tailoring, so standardising never gets going."),
                0.64,
                [Pick(language, "ons eigen maatwerk", "our own tailoring")],
                "collective-commissioning", Pick(language, "Samen opdrachtgever zijn", "Commissioning together"),
                Pick(language,
                    "Schaalvoordeel ontstaat pas als iedereen dezelfde werkwijze gebruikt.",
                    "Economies of scale only appear once everyone uses the same way of working.")),
            new("contractor-appearance-of-success", Pick(language, "Schijn van succes", "Appearance of success"),
                Pick(language,
                    "De directie laat een rooskleuriger beeld zien dan de werkelijkheid, met begrotingen die niet haalbaar zijn.",
                    "The management presents a rosier picture than reality, with budgets that cannot be met."),
                0.41,
                [Pick(language, "de begroting klopt weer niet", "the budget is off again")],
                "realistic-expectations", Pick(language, "Realistische verwachtingen scheppen", "Setting realistic expectations"),
                Pick(language,
                    "Direct besparen, volledig maatwerk leveren en tegelijk alles vernieuwen kan niet allemaal tegelijk.",
                    "Saving at once, delivering full tailoring and renewing everything cannot all happen together.")),
        ],
        Pick(language, "Uw woorden", "Your words"),
        Pick(language, "Wat helpt", "What helps"),
        Pick(language,
            "Dit is een eerste indruk op basis van uw woorden. Een snelle check van 3 minuten geeft een vollediger beeld, met advies voor uw rol.",
            "This is a first impression based on your words. A 3-minute quick check gives a fuller picture, with advice for your role."),
        [new(Pick(language, "Snelle check", "Quick check"), CardActions.QuickCheck)]);
}
