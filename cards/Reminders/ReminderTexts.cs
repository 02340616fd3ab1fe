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
    string FollowUpTitle,
    string FollowUpIntro,
    string WhoLabel,
    string WhoError,
    string WhatLabel,
    string WhatError,
    string WhenLabel,
    string WhenError,
    string Schedule,
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
        "Opvolging van een afspraak",
        "Ik herinner u op de gekozen werkdag om 09:00 aan wat er is afgesproken.",
        "Wie pakt het op?",
        "Vul in wie de afspraak oppakt.",
        "Wat is er afgesproken?",
        "Vul in wat er is afgesproken.",
        "Wanneer wilt u eraan herinnerd worden?",
        "Kies een datum.",
        "Herinnering plannen",
        "Afspraak: {0} ({1})");

    public static ReminderTexts English { get; } = new(
        "en-GB",
        "Your reminders",
        "You have no reminders scheduled.",
        "You are an admin: you see every reminder in this organisation.",
        "Cancel",
        "Scheduled: {0}",
        "repeats",
        "Follow up an agreed action",
        "I will remind you at 09:00 on the working day you pick of what was agreed.",
        "Who takes it on?",
        "Say who takes the action on.",
        "What was agreed?",
        "Say what was agreed.",
        "When should I remind you?",
        "Pick a date.",
        "Schedule reminder",
        "Agreed: {0} ({1})");

    /// <summary>The user's language (their stored choice), never the activity's locale alone.</summary>
    public static ReminderTexts For(Language language) => language == Language.En ? English : Dutch;
}
