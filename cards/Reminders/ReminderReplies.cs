namespace PartnershipBot.Cards.Reminders;

/// <summary>Short text answers of the reminder commands, Dutch first.</summary>
internal sealed record ReminderReplies(string Culture, string Cancelled, string NotFound, string Scheduled, string DateInPast, string Missing)
{
    public static ReminderReplies Dutch { get; } = new(
        "nl-NL",
        "De herinnering is geannuleerd.",
        "Die herinnering bestaat niet (meer), of u mag hem niet annuleren.",
        "Genoteerd. Ik herinner u op {0}.",
        "Kies een datum vanaf vandaag.",
        "Vul in wie, wat en wanneer.");

    public static ReminderReplies English { get; } = new(
        "en-GB",
        "The reminder is cancelled.",
        "That reminder does not exist (any more), or you may not cancel it.",
        "Noted. I will remind you on {0}.",
        "Pick a date from today on.",
        "Fill in who, what and when.");

    public static ReminderReplies For(string? locale) =>
        locale is not null && locale.StartsWith("en", StringComparison.OrdinalIgnoreCase) ? English : Dutch;
}
