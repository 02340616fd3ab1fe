using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Dialogs.Actions;

/// <summary>The action register's wording in one language.</summary>
public sealed record ActionTexts(Language Language)
{
    public static ActionTexts For(Language language) => new(language);

    private string L(string nl, string en) => Language == Language.Nl ? nl : en;

    public string Date(DateOnly date) => Content.Texts.DisplayDates.Date(date, Language);

    public string Status(ActionStatus status) => status switch
    {
        ActionStatus.Done => L("afgerond", "done"),
        ActionStatus.Postponed => L("uitgesteld", "postponed"),
        _ => L("open", "open"),
    };

    /// <summary>The owner as shown: their name, or that they were removed at their request.</summary>
    public string Owner(ActionItem a) => a.OwnerRemoved ? L("(verwijderd)", "(removed)") : a.OwnerName;
    public string ListTitle(string partnership) => L($"Acties: {partnership}", $"Actions: {partnership}");
    public string NoOpenActions => L("Er staan geen open acties.", "There are no open actions.");
    public string Line(ActionItem a) => L($"{a.Description} — {Owner(a)}, uiterlijk {Date(a.Due)} ({Status(a.Status)})", $"{a.Description} — {Owner(a)}, due {Date(a.Due)} ({Status(a.Status)})");
    public string NewHeading => L("Nieuwe actie", "New action");
    public string OwnerLabel => L("Eigenaar (zoek een collega)", "Owner (search a colleague)");
    public string OwnerNameLabel => L("Of typ de naam van de eigenaar", "Or type the owner's name");
    public string DescriptionLabel => L("Wat wordt er gedaan?", "What will be done?");
    public string DescriptionError => L("Beschrijf de actie in een paar woorden.", "Describe the action in a few words.");
    public string DueLabel => L("Uiterlijk klaar op", "Due by");
    public string DueError => L("Kies een datum vanaf morgen.", "Choose a date from tomorrow on.");
    public string CreateButton => L("Actie vastleggen", "Record action");
    public string DoneButton => L("Afgerond", "Done");
    public string PostponeButton => L("Twee weken uitstellen", "Postpone two weeks");
    public string Created(string owner) => L($"De actie is vastgelegd; {owner} is de eigenaar.", $"The action is recorded; {owner} owns it.");
    public string Invalid => L("De actie is niet vastgelegd: vul een beschrijving, een eigenaar en een datum vanaf morgen in.", "The action was not recorded: fill in a description, an owner and a date from tomorrow on.");
    public string InvalidPersonal => L("De actie is niet vastgelegd: vul een beschrijving en een datum vanaf morgen in.", "The action was not recorded: fill in a description and a date from tomorrow on.");
    public string OwnerCardTitle(string partnership) => L($"Een actie voor u: {partnership}", $"An action for you: {partnership}");
    public string OwnerCardText(ActionItem a) => L($"U bent eigenaar van deze actie: {Sentence(a.Description)} Uiterlijk {Date(a.Due)}.", $"You own this action: {Sentence(a.Description)} Due {Date(a.Due)}.");
    public string StatusNow(ActionItem a) => L($"Status: {Status(a.Status)}, uiterlijk {Date(a.Due)}.", $"Status: {Status(a.Status)}, due {Date(a.Due)}.");
    public string NotAllowed => L("Alleen de eigenaar, de consultant of een beheerder kan deze actie bijwerken.", "Only the owner, the consultant or an admin can update this action.");
    public string Gone => L("Deze actie bestaat niet meer.", "This action no longer exists.");
    public string Escalation(string partnership, ActionItem a) => L(
        $"Een actie van {partnership} is over de datum: {a.Description} (eigenaar {Owner(a)}, uiterlijk {Date(a.Due)}). Bespreek met de eigenaar of de actie nog loopt; typ 'acties' voor het overzicht.",
        $"An action of {partnership} is overdue: {a.Description} (owner {Owner(a)}, due {Date(a.Due)}). Talk to the owner about whether it is still on; type 'actions' for the overview.");
    public string EscalationDescription(string partnership) => L($"{partnership}: controle of een actie op tijd klaar is", $"{partnership}: check that an action is done in time");
    public string FormTitle => L("Actie maken", "Create an action");
    public string FromSource(string title) => L($"Uit: {title}", $"From: {title}");
    public string ScopeLabel => L("Voor wie is de actie?", "Who is the action for?");
    public string PersonalScope => L("Voor mijzelf (persoonlijke opvolging)", "For myself (personal follow-up)");
    public string PartnershipScope(string partnership) => L($"Samenwerkingsverband {partnership}", $"Partnership {partnership}");
    public string PersonalIntro => L(
        $"U bent zelf eigenaar van deze actie. Op de datum krijgt u om 09:00 een bericht met de knoppen '{DoneButton}' en '{PostponeButton}'.",
        $"You own this action yourself. On the date you get a message at 09:00 with the buttons '{DoneButton}' and '{PostponeButton}'.");
    public string Yourself => L("uzelf", "yourself");
    public string PersonalTitle => L("Uw persoonlijke opvolging", "Your personal follow-up");
    public string PersonalCreated(DateOnly due) => L(
        $"De actie is vastgelegd. Op {Date(due)} om 09:00 krijgt u er een bericht over; u vindt hem onder 'herinneringen'.",
        $"The action is recorded. On {Date(due)} at 09:00 you will get a message about it; you will find it under 'reminders'.");
    public string PersonalDue(string description) => L($"Actie: {description}", $"Action: {description}");
    public string CreateFromStep(int step) => L($"Actie maken van stap {step}", $"Create action from step {step}");
    public string CreateFromGap => L("Maak actie", "Create action");
    public string GapDescription(string gap) => L($"Het verschil met beide rollen bespreken: {gap}", $"Discuss the gap with both roles: {gap}");
    public string GapSourceTitle(string gap) => L($"verschil {gap}", $"gap {gap}");
    /// <summary>
    /// The description as a sentence that a next one can follow: a full stop only when it does not end in one
    /// already. An advice step taken over into the form ends in '.', and 'tegenvallers.. Uiterlijk' showed.
    /// </summary>
    private static string Sentence(string description)
    {
        var text = description.TrimEnd();
        return text.Length > 0 && text[^1] is '.' or '!' or '?' or '…' ? text : text + ".";
    }

    public string SinceHeading => L("Acties sinds de vorige ronde", "Actions since the previous round");
    public string NoneSince => L("Er zijn sinds de vorige ronde geen acties vastgelegd.", "No actions were recorded since the previous round.");
}
