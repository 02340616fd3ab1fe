namespace PartnershipBot.Dialogs.Calendar;

/// <summary>Card data of the calendar card: the action value and the field names the bot reads.</summary>
public static class CalendarCardActions
{
    public const string Save = "calendarSave";
    public const string Remind = "calendarRemind";
    public const string Moment = "calendarMoment";
    /// <summary>The partnership's name on cards sent before partnerships were picked by id; read as a name.</summary>
    public const string Partnership = "calendarPartnership";
    public const string PartnershipId = "calendarPartnershipId";

    /// <summary>A choice between partnerships of one name: which command it answers (<see cref="PickFor"/>) and which partnership.</summary>
    public const string Pick = "partnershipPick";
    public const string PickFor = "pickFor";
    public const string PickCalendar = "calendar";
    public const string PickActions = "actions";
    public const string Year = "calendarYear";
    public const string Language = "calendarLanguage";

    /// <summary>The date input of a moment; its value is <c>yyyy-MM-dd</c>.</summary>
    public static string DateInput(PlanningMoment kind) => "calendarDate." + kind;
}
