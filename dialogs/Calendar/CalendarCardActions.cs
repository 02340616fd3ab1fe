namespace PartnershipBot.Dialogs.Calendar;

/// <summary>Card data of the calendar card: the action value and the field names the bot reads.</summary>
public static class CalendarCardActions
{
    public const string Save = "calendarSave";
    public const string Remind = "calendarRemind";
    public const string Moment = "calendarMoment";
    public const string Partnership = "calendarPartnership";
    public const string Year = "calendarYear";
    public const string Language = "calendarLanguage";

    /// <summary>The date input of a moment; its value is <c>yyyy-MM-dd</c>.</summary>
    public static string DateInput(PlanningMoment kind) => "calendarDate." + kind;
}
