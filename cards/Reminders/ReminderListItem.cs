namespace PartnershipBot.Cards.Reminders;

/// <summary>One line of the reminders list: its description, when it is next due (already formatted) and whether it repeats.</summary>
internal sealed record ReminderListItem(string Id, string Description, string? NextDue, bool Recurring);
