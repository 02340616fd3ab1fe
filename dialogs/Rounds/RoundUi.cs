using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Dialogs.Rounds.RoundTexts;

namespace PartnershipBot.Dialogs.Rounds;

/// <summary>The round feature's fixed wording in one language, for cards and plain messages.</summary>
public sealed record RoundUi(Language Language)
{
    public static RoundUi For(Language language) => new(language);

    public static Language LanguageOf(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? Language.En : Language.Nl;

    private string L(string nl, string en) => T(Language, nl, en);

    public string FormTitle => L("Een ronde starten", "Start a round");
    public string FormIntro => L(
        "Iedereen in dit gesprek kan meedoen en beantwoordt de snelle check privé. U ziet alleen groepsuitkomsten per rol.",
        "Everyone in this conversation can take part and answers the quick check privately. You only see group results per role.");
    public string NameLabel => L("Naam van het samenwerkingsverband", "Name of the partnership");
    public string NameError => L("Vul de naam van het samenwerkingsverband in.", "Enter the partnership's name.");
    public string ClosingDateLabel => L("Sluitdatum", "Closing date");
    public string ClosingDateError => L("Kies een sluitdatum.", "Choose a closing date.");
    public string MinimumSizeLabel => L($"Minimale groepsgrootte ({GroupSize.Minimum}–{GroupSize.Maximum})", $"Minimum group size ({GroupSize.Minimum}–{GroupSize.Maximum})");
    public string MinimumSizeError => L($"Kies een getal van {GroupSize.Minimum} tot en met {GroupSize.Maximum}.", $"Choose a number from {GroupSize.Minimum} to {GroupSize.Maximum}.");
    public string StartButton => L("Ronde starten", "Start round");

    public string InvitationTitle(string name) => L($"Doe mee met de ronde voor {name}", $"Take part in the round for {name}");
    public string InvitationText(string closes, int n) => L(
        $"Beantwoord privé de snelle check (ongeveer drie minuten). Niemand ziet uw antwoorden: de uitkomsten verschijnen alleen per rol, voor groepen van minstens {People(n, Language)}. De ronde sluit op {closes}.",
        $"Answer the quick check privately (about three minutes). Nobody sees your answers: results appear only per role, for groups of at least {People(n, Language)}. The round closes on {closes}.");
    public string JoinButton => L("Doe mee", "Take part");

    public string IntroText(string name) => L(
        $"Fijn dat u meedoet aan de ronde voor {name}. Uw antwoorden blijven tussen u en de bot; in de ronde telt alleen uw uitkomst mee, samen met die van anderen in uw rol. Typ 'mijn ronde verlaten' als u uw deelname wilt intrekken.",
        $"Thanks for taking part in the round for {name}. Your answers stay between you and the bot; the round only counts your outcome, together with others in your role. Type 'leave round' to withdraw.");
    public string StartCheckButton => L("Start de check", "Start the check");

    public string JoinedToast => L("U heeft een persoonlijk bericht gekregen om de check te doen.", "You have received a personal message to do the check.");
    public string NotReachedToast => L(
        "Ik kon u geen persoonlijk bericht sturen. De consultant van deze ronde krijgt uitleg hoe dat op te lossen is.",
        "I could not send you a personal message. The round's consultant is told how to fix that.");
    public string NotReachableTitle => L("Een deelnemer is niet bereikbaar", "A participant cannot be reached");
    public string NotReachableText(string who, string name) => L(
        $"{who} wil meedoen aan de ronde voor {name}, maar ik kan geen persoonlijk gesprek openen. Meestal is de app niet voor deze persoon geïnstalleerd. Installeer de app voor deze gebruiker (Teams-beheer) of vraag de persoon de bot één keer zelf te openen, en daarna opnieuw op 'Doe mee' te klikken. Er zijn geen antwoorden gedeeld.",
        $"{who} wants to take part in the round for {name}, but I cannot open a personal chat. Usually the app is not installed for this person. Install the app for this user (Teams admin) or ask them to open the bot once themselves, then click 'Take part' again. No answers were shared.");

    public string ScheduleHeading => L("Opvolging plannen", "Plan the follow-up");
    public string DaysLabel => L("Herinnering aan wie nog niet meedeed: dagen vóór sluiting (1–14)", "Reminder to those who have not finished: days before closing (1–14)");
    public string DaysError => L("Kies 1 tot en met 14 dagen.", "Choose 1 to 14 days.");
    public string RemindButton => L("Herinnering plannen", "Schedule reminder");
    public string MonthsLabel => L("Nieuwe ronde over (maanden, 1–24)", "New round in (months, 1–24)");
    public string MonthsError => L("Kies 1 tot en met 24 maanden.", "Choose 1 to 24 months.");
    public string RecheckButton => L("Herhaalronde plannen", "Schedule re-check");
    public string CloseButton => L("Ronde sluiten", "Close round");

    public string ResultsHeadingTable => L("Uitkomst per rol (risico 0–100)", "Outcome per role (risk 0–100)");
    public string GapsHeading => L("Waar de rollen het meest verschillen", "Where the roles differ most");
    public string TrendHeading => L("Trend", "Trend");
    public string ThemesHeading => L("Thema's", "Themes");

    public string Started(string name, string closes) => L($"De ronde voor {name} is gestart en sluit op {closes}. De uitkomsten krijgt u eerst privé; u kiest zelf of u ze in dit kanaal deelt.", $"The round for {name} has started and closes on {closes}. You receive the results privately first and choose whether to share them in this channel.");

    public string ProgressTitle(string name) => L($"Voortgang ronde: {name}", $"Round progress: {name}");
    public string ProgressIntro => L(
        "Alleen voor u (en de beheerders): aantallen, geen scores. Kleine aantallen staan als 'minder dan N'.",
        "Only for you (and the admins): counts, no scores. Small counts show as 'fewer than N'.");
    public string InvitedLabel => L("Uitgenodigd (leden van het gesprek)", "Invited (members of the conversation)");
    public string JoinedLabel => L("Doen mee", "Taking part");
    public string FinishedLabel => L("Check afgerond", "Check finished");
    public string ReleasedLabel => L("In vrijgegeven cijfers", "In released figures");
    public string Unknown => L("onbekend", "unknown");
    public string FewerThan(int n) => L($"minder dan {n}", $"fewer than {n}");
    public string CanReleaseText(int n) => L(
        $"Er is een nieuw blok van minstens {People(n, Language)} met dezelfde rol: u kunt een tussenstand vrijgeven.",
        $"There is a new block of at least {People(n, Language)} with the same role: you can release interim results.");
    public string CannotReleaseText(int n) => L(
        $"Nog geen nieuw blok van {People(n, Language)} met dezelfde rol: een tussenstand zou niets nieuws tonen. De vrijgegeven cijfers blijven zoals ze waren.",
        $"No new block of {People(n, Language)} with the same role yet: interim results would show nothing new. Released figures stay as they were.");
    public string ReleaseButton => L("Tussenstand vrijgeven", "Release interim results");
    public string ShareButton => L("Deel in kanaal", "Share in channel");
    public string ViewLatestButton => L("Laatste vrijgegeven cijfers", "Latest released figures");
    public string SentPrivately => L("Ik heb u de uitkomst privé gestuurd, in uw persoonlijke chat met mij.", "I have sent you the results privately, in your personal chat with me.");
    public string SentProgressPrivately => L("Ik heb u de voortgang privé gestuurd, in uw persoonlijke chat met mij.", "I have sent you the progress privately, in your personal chat with me.");
    public string CouldNotSendPrivately => L(
        "Ik kon u geen persoonlijk bericht sturen. Open de bot één keer in uw persoonlijke chat en probeer het opnieuw.",
        "I could not send you a personal message. Open the bot once in your personal chat and try again.");
    public string ClosedInChannel(string name) => L($"De ronde voor {name} is gesloten. De consultant krijgt de uitkomst en kan die hier delen.", $"The round for {name} is closed. The consultant receives the results and can share them here.");
    public string Shared => L("Gedeeld in het kanaal van de ronde.", "Shared in the round's channel.");
    public string NothingReleased => L("Er zijn nog geen cijfers vrijgegeven.", "No figures have been released yet.");
    public string ClosedNoChange => L("Deze ronde is gesloten; de eindresultaten veranderen niet meer.", "This round is closed; its final results no longer change.");
    public string OnlyInGroup => L("Een ronde start u in een kanaal of groepschat, zodat iedereen daar mee kan doen.", "Start a round in a channel or group chat, so everyone there can take part.");
    public string NoRound => L("Er is hier geen ronde gevonden.", "No round was found here.");
    public string NotAllowed => L("Alleen de consultant van deze ronde of een beheerder kan dit doen.", "Only the round's consultant or an admin can do this.");
    public string RoundClosed => L("Deze ronde is gesloten.", "This round is closed.");
    public string Left(int rounds) => rounds == 0
        ? L("U doet niet mee aan een ronde.", "You are not taking part in a round.")
        : L("Uw deelname is ingetrokken; uw uitkomst telt niet meer mee.", "You have withdrawn; your outcome no longer counts.");
    /// <summary>Honest about the cohort rule: an outcome is in no figure until N people of the same role have answered.</summary>
    public string Recorded(string name, int n) => L(
        $"Uw uitkomst telt mee in de ronde voor {name} zodra minstens {Respondents(n, Language)} met uw rol hebben geantwoord; tot dan staat ze in geen enkel cijfer. Dank u wel!",
        $"Your outcome counts in the round for {name} as soon as at least {Respondents(n, Language)} with your role have answered; until then it is in no figure. Thank you!");
    public string OpenQuestion => L(
        $"Nog één vraag, als u wilt: wat is volgens u het grootste knelpunt in deze samenwerking? Schrijf het in een paar zinnen. Uw woorden worden niet bewaard: de bot leest er alleen uit welke valkuil ze raken, en zulke thema's verschijnen pas vanaf {Respondents(GroupSize.ThemeMinimum, Language)}. Typ 'overslaan' als u dit liever niet doet.",
        $"One more question, if you like: what do you see as the biggest problem in this partnership? Write it in a few sentences. Your words are not stored: the bot only reads which pitfall they touch, and such themes appear only from {Respondents(GroupSize.ThemeMinimum, Language)}. Type 'skip' if you would rather not.");
    public string OpenAnswerCounted(string themes) => L(
        $"Dank u. Dit telt mee als thema in de ronde: {themes}. Uw woorden zijn niet bewaard.",
        $"Thank you. This counts as a theme in the round: {themes}. Your words were not stored.");
    public string OpenAnswerNoTheme => L(
        "Dank u. Ik herken er geen van de drie valkuilen in, dus er telt geen thema mee. Uw woorden zijn niet bewaard.",
        "Thank you. I do not recognise any of the three pitfalls in it, so no theme counts. Your words were not stored.");
    public string PitfallName(string pitfallId) => Pitfall(pitfallId, Language);
    public string OpenAnswerSkipped => L("Prima, overgeslagen.", "Fine, skipped.");

    /// <summary>Words that decline the open question, in either language.</summary>
    public static bool IsSkip(string text) =>
        text.Trim().TrimEnd('.', '!').ToLowerInvariant() is "overslaan" or "sla over" or "skip" or "geen" or "none" or "liever niet" or "rather not";
    public string ReminderScheduled(string when) => L($"Gepland: {when}.", $"Scheduled: {when}.");
    public string NonRespondentReminder(string name, string closes) => L(
        $"Herinnering: de ronde voor {name} sluit op {closes}. Typ 'snelle check' om mee te doen, of 'mijn ronde verlaten' om u af te melden.",
        $"Reminder: the round for {name} closes on {closes}. Type 'quick check' to take part, or 'leave round' to withdraw.");
    public string NotJoinedReminder(string name, string closes) => L(
        $"U bent uitgenodigd voor de ronde voor {name}, die sluit op {closes}. Meedoen kan met 'Doe mee' onder de uitnodiging in het kanaal; u beantwoordt de snelle check dan privé, in ongeveer drie minuten. Geen herinneringen meer? Klik hieronder.",
        $"You are invited to the round for {name}, which closes on {closes}. To take part, click 'Take part' under the invitation in the channel; you then answer the quick check privately, in about three minutes. No more reminders? Click below.");
    public string OptOutButton => L("Geen herinneringen meer voor deze ronde", "No more reminders for this round");
    public string OptedOut => L("U krijgt geen herinneringen meer voor deze ronde.", "You will get no more reminders for this round.");

    public string RecheckDue(string name) => L(
        $"Het is tijd voor een nieuwe ronde voor {name}. Typ in het kanaal 'ronde starten {name}'; de uitkomsten worden dan met de vorige ronde vergeleken.",
        $"It is time for a new round for {name}. Type 'start round {name}' in the channel; the results will be compared with the previous round.");
    public string RemindDescription(string name, int days) => L($"Ronde {name}: herinnering {Days(days, Language)} vóór sluiting", $"Round {name}: reminder {Days(days, Language)} before closing");
    public string RecheckDescription(string name, int months) => L($"Ronde {name}: nieuwe ronde over {Months(months, Language)}", $"Round {name}: new round in {Months(months, Language)}");
    public string CloseDescription(string name) => L($"Ronde {name}: sluiten en resultaten delen", $"Round {name}: close and share results");
}
