using Microsoft.Extensions.Logging;

namespace PartnershipBot.Protocol.Auth;

/// <summary>Inbound-authentication log events (ids 2200-2209). Tokens are never logged, only reasons and addresses.</summary>
internal static partial class AuthLog
{
    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Inbound request rejected ({Reason}); token kind {Kind}")]
    public static partial void Rejected(ILogger logger, string reason, TokenKind kind);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Error, Message = "Signing keys could not be fetched from {MetadataAddress}; inbound requests are refused until they can")]
    public static partial void SigningKeysUnavailable(ILogger logger, string metadataAddress, Exception exception);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Warning, Message = "Token serviceurl {ClaimedServiceUrl} differs from the activity's serviceUrl {ActivityServiceUrl}")]
    public static partial void ServiceUrlMismatch(ILogger logger, string claimedServiceUrl, string? activityServiceUrl);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Debug, Message = "Inbound request authenticated; token kind {Kind}, channel {ChannelId}")]
    public static partial void Authenticated(ILogger logger, TokenKind kind, string? channelId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Inbound request refused: signing keys unavailable; token kind {Kind}")]
    public static partial void Unavailable(ILogger logger, TokenKind kind);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Debug, Message = "Inbound request accepted anonymously: no MicrosoftAppId configured (development mode)")]
    public static partial void Anonymous(ILogger logger);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Warning, Message = "AppContext switch {Switch} is off: a token signed with a newly rotated key is refused until the background key refresh completes")]
    public static partial void BackgroundKeyRefresh(ILogger logger, string @switch);
}
