using Microsoft.Extensions.Logging;

namespace PartnershipBot.Analysis;

/// <summary>Log events of the text-signal provider (26xx). Only kinds, statuses and exception types: never the text.</summary>
internal static partial class AnalysisLog
{
    [LoggerMessage(EventId = 2601, Level = LogLevel.Warning, Message = "Azure AI Language {Kind} answered {Status}; continuing without its signals")]
    public static partial void ServiceRefused(ILogger logger, string kind, int status);

    [LoggerMessage(EventId = 2602, Level = LogLevel.Warning, Message = "Azure AI Language {Kind} could not be reached ({ExceptionType}); continuing without its signals")]
    public static partial void ServiceUnavailable(ILogger logger, string kind, string exceptionType);

    [LoggerMessage(EventId = 2603, Level = LogLevel.Warning, Message = "Azure AI Language {Kind} returned no document result; continuing without its signals")]
    public static partial void NoDocumentResult(ILogger logger, string kind);
}
