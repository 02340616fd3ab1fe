namespace PartnershipBot.Scheduling;

/// <summary>Every <paramref name="Every"/> <paramref name="Unit"/>, in Amsterdam calendar terms.</summary>
internal sealed record ReminderRecurrence(int Every, RecurrenceUnit Unit);
