namespace PartnershipBot.Reports;

/// <summary>Report and link events: kinds and formats only, never a tenant's, round's or partnership's name.</summary>
internal static partial class ReportsLog
{
    [LoggerMessage(EventId = 5800, Level = LogLevel.Information, Message = "Signed link served: {Kind} as {Format}")]
    public static partial void Served(ILogger logger, string kind, string format);

    [LoggerMessage(EventId = 5801, Level = LogLevel.Warning, Message = "Signed link refused (expired, tampered or no longer there)")]
    public static partial void Refused(ILogger logger);

    [LoggerMessage(EventId = 5802, Level = LogLevel.Warning, Message = "Reports:SigningKey is not set: links use a random key and stop working on a restart")]
    public static partial void EphemeralKey(ILogger logger);

    [LoggerMessage(EventId = 5803, Level = LogLevel.Information, Message = "Report link issued for a round ({Format})")]
    public static partial void Issued(ILogger logger, string format);
}
