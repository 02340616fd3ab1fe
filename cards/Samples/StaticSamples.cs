using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Samples;

/// <summary>Welcome, help, privacy and resume samples, in the wording the cards were designed for.</summary>
internal static class StaticSamples
{
    public static WelcomeOutput Welcome(Language language) => language == Language.Nl
        ? new(language,
            "Welkom bij de Samenwerkingscheck",
            "Werkt u in een samenwerkingsverband van gemeenten of andere publieke organisaties? Met een paar korte vragen "
            + "laat ik zien waar drie bekende valkuilen op de loer liggen, en geef ik advies dat past bij uw rol. "
            + "Typ 'check' of kies hieronder om te beginnen.",
            [new("Snelle check (3 min.)", CardActions.QuickCheck), new("Volledige check (10 min.)", CardActions.FullCheck), new("Help", CardActions.Help)])
        : new(language,
            "Welcome to the Partnership Check",
            "Do you work in a partnership of municipalities or other public bodies? With a few short questions I show "
            + "where three well-known pitfalls lie in wait, and I give advice that fits your role. "
            + "Type 'check' or choose below to start.",
            [new("Quick check (3 min)", CardActions.QuickCheck), new("Full check (10 min)", CardActions.FullCheck), new("Help", CardActions.Help)]);

    public static HelpOutput Help(Language language) => language == Language.Nl
        ? new(language,
            "Wat u tegen mij kunt zeggen",
            "Beantwoord een vraag met de knoppen, of typ het antwoord. Deze woorden begrijp ik altijd:",
            [
                new("check / snelle check", "start de snelle check van ongeveer drie minuten"),
                new("volledige check", "start de uitgebreide check voor uw rol, ongeveer tien minuten"),
                new("terug", "gaat terug naar de vorige vraag"),
                new("overslaan", "slaat de huidige vraag over"),
                new("stop", "pauzeert de check; uw antwoorden blijven bewaard"),
                new("verder", "gaat verder waar u gebleven was"),
                new("opnieuw", "begint de check opnieuw"),
                new("nederlands / english", "kiest de taal van het gesprek"),
                new("geschiedenis", "toont de uitkomsten van uw eerdere checks"),
                new("privacy", "legt uit wat ik bewaar en wie wat ziet"),
                new("verwijder mijn gegevens", "wist alles wat ik over u heb bewaard"),
                new("help", "toont deze lijst"),
            ],
            [new("Snelle check", CardActions.QuickCheck), new("Privacy", CardActions.Privacy)])
        : new(language,
            "What you can say to me",
            "Answer a question with the buttons, or type the answer. I always understand these words:",
            [
                new("check / quick check", "starts the quick check of about three minutes"),
                new("full check", "starts the extended check for your role, about ten minutes"),
                new("back", "goes back to the previous question"),
                new("skip", "skips the current question"),
                new("stop", "pauses the check; your answers are kept"),
                new("resume", "carries on where you left off"),
                new("restart", "starts the check again"),
                new("nederlands / english", "chooses the language of the conversation"),
                new("history", "shows the results of your earlier checks"),
                new("privacy", "explains what I keep and who sees what"),
                new("delete my data", "erases everything I have kept about you"),
                new("help", "shows this list"),
            ],
            [new("Quick check", CardActions.QuickCheck), new("Privacy", CardActions.Privacy)]);

    public static PrivacyOutput Privacy(Language language) => language == Language.Nl
        ? new(language, "Wat ik bewaar en wie het ziet",
            [
                "Wat ik bewaar: uw antwoorden en uitkomsten, een korte geschiedenis van uw checks, en waar u in het gesprek gebleven bent, zodat u kunt pauzeren en later verdergaan.",
                "Wie het ziet: alleen u. Een adviseur die een ronde voor het hele samenwerkingsverband organiseert, ziet alleen samengevatte uitkomsten, en alleen als genoeg mensen meededen om niemand te herkennen.",
                "Verwijderen: typ 'verwijder mijn gegevens' en ik wis alles wat ik over u heb bewaard. Dat kan niet ongedaan worden gemaakt.",
            ])
        : new(language, "What I keep and who sees it",
            [
                "What I keep: your answers and results, a short history of your checks, and where you are in the conversation, so you can pause and carry on later.",
                "Who sees it: only you. A consultant who runs a round for the whole partnership sees only combined results, and only when enough people took part that no one can be recognised.",
                "Deleting: type 'delete my data' and I erase everything I have kept about you. This cannot be undone.",
            ]);

    public static ResumeOfferOutput Resume(Language language) => language == Language.Nl
        ? new(language, "U was nog bezig met een snelle check. Wilt u verdergaan waar u gebleven was, of opnieuw beginnen?",
            CheckKind.Quick, 5, 8, [new("Verdergaan", CardActions.Resume), new("Opnieuw beginnen", CardActions.Restart)])
        : new(language, "You were in the middle of a quick check. Would you like to carry on where you left off, or start again?",
            CheckKind.Quick, 5, 8, [new("Carry on", CardActions.Resume), new("Start again", CardActions.Restart)]);

    public static ConfirmOutput ConfirmErase(Language language) => language == Language.Nl
        ? new(language, "Uw gegevens wissen?",
            "Ik wis dan uw antwoorden, een lopende of gepauzeerde check en de uitkomsten van uw eerdere checks. Dit kan niet ongedaan worden gemaakt.",
            [new("Ja, wis alles", CardActions.DeleteDataConfirmed), new("Nee, bewaren", CardActions.DeleteDataCancelled)])
        : new(language, "Erase your data?",
            "I will then erase your answers, any running or paused check and the results of your earlier checks. This cannot be undone.",
            [new("Yes, erase everything", CardActions.DeleteDataConfirmed), new("No, keep it", CardActions.DeleteDataCancelled)]);
}
