namespace PartnershipBot.Calendar;

/// <summary>Calendar events. Counts only: never a partnership name or a date a user entered.</summary>
internal static partial class CalendarLog
{
    [LoggerMessage(EventId = 5700, Level = LogLevel.Information, Message = "Calendar shown")]
    public static partial void Shown(ILogger logger);

    [LoggerMessage(EventId = 5701, Level = LogLevel.Information, Message = "Calendar saved: {Changed} dates changed, {Rejected} rejected")]
    public static partial void Saved(ILogger logger, int changed, int rejected);

    [LoggerMessage(EventId = 5702, Level = LogLevel.Warning, Message = "Calendar refused: no partnership the user consults for")]
    public static partial void Refused(ILogger logger);

    [LoggerMessage(EventId = 5703, Level = LogLevel.Information, Message = "Calendar reminder delivered ({Status})")]
    public static partial void Reminded(ILogger logger, string status);

    [LoggerMessage(EventId = 5704, Level = LogLevel.Information, Message = "Calendar reminder scheduled")]
    public static partial void ReminderScheduled(ILogger logger);
}
