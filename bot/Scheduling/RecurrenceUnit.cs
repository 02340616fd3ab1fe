namespace PartnershipBot.Scheduling;

internal enum RecurrenceUnit
{
    Days,
    Weeks,
    Months,
}
