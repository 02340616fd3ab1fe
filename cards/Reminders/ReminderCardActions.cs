namespace PartnershipBot.Cards.Reminders;

/// <summary>The <c>action</c> values (and Action.Execute verbs) of the reminder cards.</summary>
internal static class ReminderCardActions
{
    public const string CancelReminder = "cancelReminder";

    /// <summary>The follow-up form cards posted before the action register; one still in a chat is recorded as an action.</summary>
    public const string ScheduleFollowUp = "scheduleFollowUp";

    public const string ReminderIdField = "reminderId";
    public const string WhoField = "who";
    public const string WhatField = "what";
    public const string WhenField = "when";
}
