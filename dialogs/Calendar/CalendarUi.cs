using PartnershipBot.Dialogs.Conversation;
using static PartnershipBot.Dialogs.Calendar.CalendarTexts;

namespace PartnershipBot.Dialogs.Calendar;

/// <summary>The calendar feature's fixed wording in one language.</summary>
public sealed record CalendarUi(Language Language)
{
    public static CalendarUi For(Language language) => new(language);

    private string L(string nl, string en) => T(Language, nl, en);

    public string Title(string partnership, int year) => L($"Bestuurlijke planning {year}: {partnership}", $"Governance calendar {year}: {partnership}");
    public string Intro => L(
        "De data volgen de Wet gemeenschappelijke regelingen; pas ze aan naar de planning van uw regeling. Een datum die u wijzigt, telt voortaan voor dit samenwerkingsverband. Feestdagen en weekenden worden overgeslagen.",
        "The dates follow the Joint Arrangements Act (Wgr); change them to your arrangement's own planning. A date you change counts from then on for this partnership. Public holidays and weekends are skipped.");
    public string ProposalsHeading => L("Voorstellen voor een ronde", "Proposed rounds");
    public string NoProposal => L("Dit jaar valt er geen voorstel meer: typ 'agenda' met het volgende jaar erachter.", "No proposal is left this year: type 'calendar' followed by next year.");
    public string DatesHeading => L("Momenten in de planning- en controlcyclus", "Moments in the planning & control cycle");
    public string DateError => L("Kies een datum in dit jaar.", "Choose a date in this year.");
    public string SaveButton => L("Data bewaren", "Save dates");
    public string DownloadButton => L("Agenda downloaden (.ics voor Outlook)", "Download calendar (.ics for Outlook)");
    public string Edited => L("aangepast", "changed");
    public string Saved(int changed) => Content.Texts.InlineTemplate.Format(
        Language,
        "{changed, plural, =0 {Er is niets gewijzigd.} one {Eén datum is bewaard.} other {# data zijn bewaard.}}",
        "{changed, plural, =0 {Nothing changed.} one {One date was saved.} other {# dates were saved.}}",
        ("changed", changed));
    public string Rejected(string moment, int year) => L(
        $"De datum voor '{moment}' valt niet in {year} of is geen geldige datum; die is niet bewaard.",
        $"The date for '{moment}' is not in {year} or is not a valid date; it was not saved.");
    public string RemindButton(DateOnly on) => L($"Herinner mij op {CalendarTexts.Date(on, Language)}", $"Remind me on {CalendarTexts.Date(on, Language)}");
    public string RemindScheduled(DateOnly on) => L(
        $"Gepland: op {CalendarTexts.Date(on, Language)} om 09:00 krijgt u een herinnering om de ronde te starten. U vindt hem onder 'herinneringen'.",
        $"Scheduled: on {CalendarTexts.Date(on, Language)} at 09:00 you will be reminded to start the round. You will find it under 'reminders'.");
    public string RemindDescription(string partnership, PlanningMoment moment, int fiscalYear) => L(
        $"{partnership}: ronde starten vóór {CalendarTexts.Name(moment, fiscalYear, Language).ToLowerInvariant()}",
        $"{partnership}: start a round before {CalendarTexts.Name(moment, fiscalYear, Language).ToLowerInvariant()}");
    public string NoLongerProposed => L(
        "Voor dat moment staat geen ronde meer voorgesteld; open de agenda opnieuw met 'agenda'.",
        "No round is proposed for that moment any more; open the calendar again with 'calendar'.");
    public string RoundDue(string partnership, string proposal) => L(
        $"Tijd voor een ronde voor {partnership}. {proposal} Typ in het kanaal van het samenwerkingsverband 'ronde starten {partnership}'.",
        $"Time for a round for {partnership}. {proposal} Type 'start round {partnership}' in the partnership's channel.");
    public string OnlyPersonal => L("De agenda opent u in uw persoonlijke chat met de bot.", "Open the calendar in your personal chat with the bot.");
    public string NoPartnership => L(
        "Ik vind geen samenwerkingsverband waarvan u de consultant bent. Start eerst een ronde in een kanaal, of typ 'agenda' met de naam van het samenwerkingsverband.",
        "I find no partnership for which you are the consultant. Start a round in a channel first, or type 'calendar' followed by the partnership's name.");
    public string WhichPartnership(string name) => L(
        $"U bent consultant van meer dan één samenwerkingsverband met de naam {name}. Welk bedoelt u?",
        $"You are the consultant of more than one partnership named {name}. Which one do you mean?");
    public string ChoiceLabel(int number, string name, DateOnly since) => L(
        $"{number}. {name}, sinds {CalendarTexts.Date(since, Language)}",
        $"{number}. {name}, since {CalendarTexts.Date(since, Language)}");
}
