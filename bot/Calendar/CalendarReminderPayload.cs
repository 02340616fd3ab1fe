using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Protocol;

namespace PartnershipBot.Calendar;

/// <summary>What a proposed-round reminder needs when it fires: the consultant's 1:1 chat and which proposal.</summary>
/// <remarks><see cref="PartnershipId"/> is null in reminders planned before partnerships were keyed by id; those are found by name.</remarks>
internal sealed record CalendarReminderPayload(ConversationReference Chat, string Partnership, int Year, PlanningMoment Moment, string Language, string? PartnershipId = null)
{
    public const string Kind = "calendar.round";
}
