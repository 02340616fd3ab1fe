namespace PartnershipBot.Rounds;

/// <summary>Round events. Ids only: never a name, an answer or anything a user typed.</summary>
internal static partial class RoundsLog
{
    [LoggerMessage(EventId = 5500, Level = LogLevel.Information, Message = "Round {RoundId} started")]
    public static partial void Started(ILogger logger, string roundId);

    [LoggerMessage(EventId = 5501, Level = LogLevel.Information, Message = "Round {RoundId}: a participant joined ({Status})")]
    public static partial void Joined(ILogger logger, string roundId, string status);

    [LoggerMessage(EventId = 5502, Level = LogLevel.Information, Message = "Round {RoundId}: a response was recorded")]
    public static partial void Recorded(ILogger logger, string roundId);

    [LoggerMessage(EventId = 5503, Level = LogLevel.Information, Message = "Round {RoundId} closed")]
    public static partial void Closed(ILogger logger, string roundId);

    [LoggerMessage(EventId = 5504, Level = LogLevel.Warning, Message = "Round {RoundId}: refused {Action} (not the consultant or an admin, or not this round's conversation)")]
    public static partial void Refused(ILogger logger, string roundId, string action);

    [LoggerMessage(EventId = 5505, Level = LogLevel.Information, Message = "Round {RoundId}: results posted ({Status})")]
    public static partial void ResultsPosted(ILogger logger, string roundId, string status);

    [LoggerMessage(EventId = 5506, Level = LogLevel.Information, Message = "Rounds: a user's participation was erased from {Rounds} rounds")]
    public static partial void Erased(ILogger logger, int rounds);

    [LoggerMessage(EventId = 5507, Level = LogLevel.Information, Message = "Rounds retention deleted {Rounds} rounds")]
    public static partial void RetentionDeleted(ILogger logger, int rounds);

    [LoggerMessage(EventId = 5508, Level = LogLevel.Information, Message = "Round {RoundId}: reminder {Kind} sent to {Sent} of {Targets}")]
    public static partial void ReminderSent(ILogger logger, string roundId, string kind, int sent, int targets);

    [LoggerMessage(EventId = 5509, Level = LogLevel.Information, Message = "Round {RoundId}: release {Sequence} made (final: {Final})")]
    public static partial void Released(ILogger logger, string roundId, int sequence, bool final);

    [LoggerMessage(EventId = 5510, Level = LogLevel.Information, Message = "Round {RoundId}: sent privately ({Status})")]
    public static partial void SentPrivately(ILogger logger, string roundId, string status);

    [LoggerMessage(EventId = 5511, Level = LogLevel.Information, Message = "Round {RoundId}: release {Sequence} shared in the channel ({Status})")]
    public static partial void Shared(ILogger logger, string roundId, int sequence, string status);
}
