using PartnershipBot.Dialogs.Conversation;

namespace PartnershipBot.Cards.Reminders;

/// <summary>Short text answers of the reminder commands, Dutch first.</summary>
internal sealed record ReminderReplies(string Culture, string Cancelled, string NotFound, string Scheduled, string DateInPast, string Missing, string OnlyInPersonalChat)
{
    public static ReminderReplies Dutch { get; } = new(
        "nl-NL",
        "De herinnering is geannuleerd.",
        "Die herinnering bestaat niet (meer), of u mag hem niet annuleren.",
        "Genoteerd. Ik herinner u op {0}.",
        "Kies een datum vanaf vandaag.",
        "Vul in wie, wat en wanneer.",
        "Uw herinneringen en opvolging zijn persoonlijk: u vindt ze in uw persoonlijke chat met mij. Typ daar 'herinneringen' of 'opvolging'.");

    public static ReminderReplies English { get; } = new(
        "en-GB",
        "The reminder is cancelled.",
        "That reminder does not exist (any more), or you may not cancel it.",
        "Noted. I will remind you on {0}.",
        "Pick a date from today on.",
        "Fill in who, what and when.",
        "Your reminders and follow-ups are personal: you find them in your personal chat with me. Type 'reminders' or 'follow-up' there.");

    public static ReminderReplies For(Language language) => language == Language.En ? English : Dutch;
}
