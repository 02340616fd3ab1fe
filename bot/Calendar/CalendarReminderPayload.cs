using PartnershipBot.Dialogs.Calendar;
using PartnershipBot.Protocol;

namespace PartnershipBot.Calendar;

/// <summary>What a proposed-round reminder needs when it fires: the consultant's 1:1 chat and which proposal.</summary>
internal sealed record CalendarReminderPayload(ConversationReference Chat, string Partnership, int Year, PlanningMoment Moment, string Language)
{
    public const string Kind = "calendar.round";
}
