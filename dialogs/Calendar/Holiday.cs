namespace PartnershipBot.Dialogs.Calendar;

/// <summary>One Dutch public holiday: its date and a stable id (for example <c>kings-day</c>).</summary>
public sealed record Holiday(DateOnly Date, string Id);
