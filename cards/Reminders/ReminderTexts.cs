using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Reminders;

/// <summary>The reminder cards' wording, Dutch first; English when the user chose English.</summary>
internal sealed record ReminderTexts(
    string Culture,
    string ListTitle,
    string ListEmpty,
    string ListAdminNote,
    string Cancel,
    string NextDue,
    string Recurring,
    string FollowUpDueLine)
{
    public static ReminderTexts Dutch { get; } = new(
        "nl-NL",
        "Uw herinneringen",
        "Er staan geen herinneringen voor u klaar.",
        "U bent beheerder: u ziet alle herinneringen van deze organisatie.",
        "Annuleren",
        "Gepland: {0}",
        "herhaalt",
        "Afspraak: {0} ({1})");

    public static ReminderTexts English { get; } = new(
        "en-GB",
        "Your reminders",
        "You have no reminders scheduled.",
        "You are an admin: you see every reminder in this organisation.",
        "Cancel",
        "Scheduled: {0}",
        "repeats",
        "Agreed: {0} ({1})");

    /// <summary>The user's language (their stored choice), never the activity's locale alone.</summary>
    public static ReminderTexts For(Language language) => language == Language.En ? English : Dutch;
}
