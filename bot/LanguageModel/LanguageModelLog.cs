namespace PartnershipBot.LanguageModel;

/// <summary>Log events of the optional language model (27xx). Reasons and exception types only: never a text, prompt or answer.</summary>
internal static partial class LanguageModelLog
{
    [LoggerMessage(EventId = 2701, Level = LogLevel.Warning, Message = "Language model did not answer within {Seconds} s; the local answer is sent")]
    public static partial void TimedOut(ILogger logger, int seconds);

    [LoggerMessage(EventId = 2702, Level = LogLevel.Warning, Message = "Language model call failed ({ExceptionType}, status {Status}); the local answer is sent")]
    public static partial void Failed(ILogger logger, string exceptionType, int status);

    [LoggerMessage(EventId = 2703, Level = LogLevel.Warning, Message = "Language model answer failed the check ({Reason}); the local answer is sent")]
    public static partial void CheckFailed(ILogger logger, string reason);

    [LoggerMessage(EventId = 2704, Level = LogLevel.Information, Message = "Language model findings: {Kept} kept, {Dropped} dropped (evidence not in the text or contradicted by the lexicon)")]
    public static partial void Findings(ILogger logger, int kept, int dropped);

    [LoggerMessage(EventId = 2705, Level = LogLevel.Information, Message = "Language model is on ({Shape}); text is sent for {Tenants} tenant entries")]
    public static partial void Enabled(ILogger logger, string shape, int tenants);
}
