namespace PartnershipBot.Actions;

/// <summary>Action register events: ids and outcomes only, never a description or a name.</summary>
internal static partial class ActionsLog
{
    [LoggerMessage(EventId = 5900, Level = LogLevel.Information, Message = "Action {ActionId} recorded (owner notified: {Notified})")]
    public static partial void Created(ILogger logger, string actionId, string notified);

    [LoggerMessage(EventId = 5901, Level = LogLevel.Information, Message = "Action {ActionId} is now {Status}")]
    public static partial void Updated(ILogger logger, string actionId, string status);

    [LoggerMessage(EventId = 5902, Level = LogLevel.Information, Message = "Action {ActionId} overdue: escalated to the consultant ({Status})")]
    public static partial void Escalated(ILogger logger, string actionId, string status);

    [LoggerMessage(EventId = 5903, Level = LogLevel.Warning, Message = "Action update refused (not the owner, consultant or an admin, or no such action)")]
    public static partial void Refused(ILogger logger);

    [LoggerMessage(EventId = 5904, Level = LogLevel.Information, Message = "Personal action {ActionId} due: owner told ({Status})")]
    public static partial void PersonalDue(ILogger logger, string actionId, string status);

    [LoggerMessage(EventId = 5905, Level = LogLevel.Information, Message = "Erased a user from the action registers on request ({Count} actions now without an owner)")]
    public static partial void Erased(ILogger logger, int count);

    [LoggerMessage(EventId = 5906, Level = LogLevel.Information, Message = "Partnership retention deleted {Actions} expired actions and the calendars and registers of {Partnerships} idle partnerships")]
    public static partial void RetentionDeleted(ILogger logger, int actions, int partnerships);
}
