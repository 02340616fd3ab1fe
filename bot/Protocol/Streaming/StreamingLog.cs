namespace PartnershipBot.Protocol.Streaming;

/// <summary>Log events of streamed replies (2450–2459). Stream types, counts and status codes only: never the text.</summary>
internal static partial class StreamingLog
{
    [LoggerMessage(EventId = 2450, Level = LogLevel.Information, Message = "Stream {StreamType} update refused ({Status}, {ErrorCode}); the answer will arrive as one message")]
    public static partial void UpdateRefused(ILogger logger, string streamType, int status, string? errorCode);

    [LoggerMessage(EventId = 2451, Level = LogLevel.Warning, Message = "The connector gave the first stream update no id; the answer will arrive as one message")]
    public static partial void NoStreamId(ILogger logger);

    [LoggerMessage(EventId = 2452, Level = LogLevel.Information, Message = "Stream finished after {Updates} text updates")]
    public static partial void Finished(ILogger logger, int updates);
}
