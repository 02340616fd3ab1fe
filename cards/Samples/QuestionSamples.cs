using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>Question samples: a scale statement, a context choice, the open question, and a worst case for length.</summary>
internal static class QuestionSamples
{
    private const string CheckId = "c-7f3a9e21-4";
    private const string BankVersion = "1";

    public static QuestionView Scale(Language language) => new(
        CheckId, "change-time-money", BankVersion, CheckKind.Quick, 3, 8,
        Pick(language,
            "Voor nieuwe werkprocessen, informatiesystemen en het samenbrengen van de verschillende culturen is genoeg tijd en geld vrijgemaakt.",
            "Enough time and money has been set aside for new work processes, information systems and bringing the different cultures together."),
        QuestionKind.Scale5, Agree5(language), Hint: null, CanGoBack: true, CanSkip: true, SkipSuggested: false, IsContext: false,
        Pick(language, "Snelle check", "Quick check"),
        Pick(language, "Vraag 3 van 8", "Question 3 of 8"),
        CurrentAnswer: null, language);

    public static QuestionView Context(Language language) => new(
        CheckId, "ctx-role", BankVersion, CheckKind.Quick, 1, 4,
        Pick(language, "Vanuit welke rol kijkt u naar het samenwerkingsverband?", "From which role do you look at the partnership?"),
        QuestionKind.Choice,
        [
            new("owner", Pick(language, "Eigenaar (bestuur van een deelnemer)", "Owner (board of a participant)")),
            new("client", Pick(language, "Opdrachtgever (afnemer van de diensten)", "Client (buyer of the services)")),
            new("contractor", Pick(language, "Opdrachtnemer (directie van het samenwerkingsverband)", "Contractor (management of the partnership)")),
            new("advisor", Pick(language, "Adviseur (ik kijk van buitenaf)", "Advisor (looking from outside)")),
        ],
        Hint: null, CanGoBack: false, CanSkip: false, SkipSuggested: false, IsContext: true,
        Pick(language, "Over u en het samenwerkingsverband", "About you and the partnership"),
        Pick(language, "Contextvraag 1 van 4", "Context question 1 of 4"),
        CurrentAnswer: null, language);

    public static QuestionView FreeText(Language language) => new(
        CheckId, "open-biggest-worry", BankVersion, CheckKind.Full, 24, 24,
        Pick(language,
            "Wat is op dit moment uw grootste zorg over het samenwerkingsverband?",
            "What is your biggest worry about the partnership right now?"),
        QuestionKind.FreeText, [],
        Pick(language, "Uw open antwoord gebruik ik alleen voor deze uitkomst; ik bewaar het niet.", "I use your open answer only for this result; I do not keep it."),
        CanGoBack: true, CanSkip: true, SkipSuggested: false, IsContext: false,
        Pick(language, "Volledige check", "Full check"),
        Pick(language, "Vraag 24 van 24", "Question 24 of 24"),
        CurrentAnswer: null, language);

    /// <summary>Longer than any real item: the card must still validate, fit the budget and read well.</summary>
    public static QuestionView Longest(Language language) => new(
        "c-" + new string('f', 32) + "-9999", "budget-overrun-repeatedly-accepted-by-owners", "2026.11-draft", CheckKind.Full, 27, 30,
        Pick(language,
            "Stel dat de directie van het samenwerkingsverband voor het derde jaar op rij een begroting indient die de afgesproken besparing belooft, terwijl de uitvoering "
            + "nog steeds op oude systemen draait en de deelnemers elk hun eigen werkwijze houden: keuren de eigenaren zo'n begroting dan zonder kritische vragen goed, "
            + "omdat ze graag willen geloven dat het de goede kant op gaat?",
            "Suppose the management of the partnership submits, for the third year in a row, a budget that promises the agreed savings, while operations still run on "
            + "old systems and every participant keeps its own way of working: do the owners then approve such a budget without critical questions, because they would "
            + "like to believe things are heading in the right direction?"),
        QuestionKind.Choice,
        [
            new("always", Pick(language, "Ja, dat gebeurt eigenlijk elk jaar zonder veel discussie in het algemeen bestuur", "Yes, that happens practically every year without much debate on the general board")),
            new("mostly", Pick(language, "Meestal wel, al stellen een of twee deelnemers soms kritische vragen over de aannames", "Mostly, although one or two participants sometimes ask critical questions about the assumptions")),
            new("sometimes", Pick(language, "Soms, afhankelijk van de politieke verhoudingen in de deelnemende gemeenten op dat moment", "Sometimes, depending on the political balance in the participating municipalities at that moment")),
            new("rarely", Pick(language, "Zelden: de eigenaren laten de begroting eerst onafhankelijk doorrekenen voordat ze besluiten", "Rarely: the owners have the budget checked independently before they decide")),
            new("never", Pick(language, "Nooit, want de eigenaren hebben afgesproken dat besparingen pas meetellen als de bedrijfsvoering op orde is", "Never, because the owners agreed that savings only count once operations are in order")),
            new("unknown", Pick(language, "Dat weet ik niet, want ik zit niet bij de bespreking van de begroting", "I do not know, because I am not present when the budget is discussed")),
        ],
        Pick(language,
            "Denk aan de laatste drie begrotingsrondes. Het gaat om hoe de eigenaren in de praktijk besluiten, niet om wat er in de gemeenschappelijke regeling staat.",
            "Think of the last three budget rounds. This is about how the owners decide in practice, not about what the founding agreement says."),
        CanGoBack: true, CanSkip: true, SkipSuggested: true, IsContext: false,
        Pick(language, "Volledige check: begroting en verwachtingen van eigenaren en opdrachtgevers", "Full check: budget and expectations of owners and clients"),
        Pick(language, "Vraag 27 van 30", "Question 27 of 30"),
        CurrentAnswer: "mostly", language);

    public static string AnswerLabel(Language language) => Pick(language, "Oneens", "Disagree");

    private static IReadOnlyList<AnswerOption> Agree5(Language language) =>
    [
        new("1", Pick(language, "Helemaal oneens", "Strongly disagree")),
        new("2", Pick(language, "Oneens", "Disagree")),
        new("3", Pick(language, "Neutraal", "Neutral")),
        new("4", Pick(language, "Eens", "Agree")),
        new("5", Pick(language, "Helemaal eens", "Strongly agree")),
    ];

    internal static string Pick(Language language, string dutch, string english) => language == Language.Nl ? dutch : english;
}
