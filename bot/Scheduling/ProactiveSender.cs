using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Connector;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Scheduling;

/// <summary>
/// <see cref="IProactiveSender"/> over the <see cref="ProactiveMessenger"/>: paced, one attempt per
/// message (the connector client already retries 429/5xx within its own budget), and 403/404 turns
/// into a stored "unreachable" mark that later sends honour without calling the connector.
/// </summary>
internal sealed partial class ProactiveSender(
    ProactiveMessenger messenger,
    ProactivePacer pacer,
    UnreachableTargets unreachable,
    ITrustedServiceUrls trustedServiceUrls,
    ILogger<ProactiveSender> logger) : IProactiveSender
{
    public async Task<ProactiveResult> SendAsync(ConversationReference reference, Activity activity, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentException.ThrowIfNullOrEmpty(reference.ServiceUrl);
        ArgumentException.ThrowIfNullOrEmpty(reference.Conversation?.Id);
        var tenantId = reference.Conversation.TenantId ?? "none";
        var target = TargetOf(reference);
        if (await unreachable.IsUnreachableAsync(tenantId, target, ct))
        {
            return new ProactiveResult(ProactiveStatus.Unreachable, reference, "Marked unreachable earlier.");
        }

        // The reference was stored from an authenticated turn; trust learned from activities lives in memory only.
        trustedServiceUrls.TrustAuthenticated(reference.ServiceUrl);
        return await SendPacedAsync(tenantId, target, reference, activity, ct);
    }

    public async Task<ProactiveResult> SendToUserAsync(string serviceUrl, string channelId, string tenantId, ChannelAccount bot, ChannelAccount user, Activity activity, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrEmpty(serviceUrl);
        ArgumentException.ThrowIfNullOrEmpty(tenantId);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(user);
        ArgumentException.ThrowIfNullOrEmpty(user.Id);
        ArgumentNullException.ThrowIfNull(activity);
        if (await unreachable.IsUnreachableAsync(tenantId, user.Id, ct))
        {
            return new ProactiveResult(ProactiveStatus.Unreachable, null, "Marked unreachable earlier.");
        }

        trustedServiceUrls.TrustAuthenticated(serviceUrl);
        ConversationReference reference;
        try
        {
            reference = await pacer.SendForTenantAsync(
                tenantId, () => messenger.CreatePersonalConversationAsync(serviceUrl, channelId, bot, user, tenantId, ct), ct);
        }
        catch (ConnectorException ex)
        {
            return await FailedAsync(tenantId, user.Id, null, ex, ct);
        }

        return await SendPacedAsync(tenantId, user.Id, reference, activity, ct);
    }

    private async Task<ProactiveResult> SendPacedAsync(string tenantId, string target, ConversationReference reference, Activity activity, CancellationToken ct)
    {
        try
        {
            await pacer.SendInConversationAsync(tenantId, reference.Conversation!.Id!, () => messenger.SendAsync(reference, activity, ct), ct);
            return new ProactiveResult(ProactiveStatus.Sent, reference, null);
        }
        catch (ConnectorException ex)
        {
            return await FailedAsync(tenantId, target, reference, ex, ct);
        }
        catch (UntrustedServiceUrlException ex)
        {
            LogFailed(logger, (int)System.Net.HttpStatusCode.Forbidden, "UntrustedServiceUrl");
            return new ProactiveResult(ProactiveStatus.Failed, reference, ex.Message);
        }
    }

    private async Task<ProactiveResult> FailedAsync(string tenantId, string target, ConversationReference? reference, ConnectorException ex, CancellationToken ct)
    {
        if (ex.IsUnreachable)
        {
            await unreachable.MarkAsync(tenantId, target, $"{(int)ex.Status} {ex.ErrorCode}".Trim(), ct);
            LogUnreachable(logger, (int)ex.Status, ex.ErrorCode);
            return new ProactiveResult(ProactiveStatus.Unreachable, reference, $"The connector answered {(int)ex.Status}: the bot was removed or the conversation is gone.");
        }

        // 429 after the connector's own retries, 5xx or no answer: reported, not retried here.
        LogFailed(logger, (int)ex.Status, ex.ErrorCode);
        var retry = ex.RetryAfter is { } after ? $"; retry after {after.TotalSeconds:0} s" : string.Empty;
        return new ProactiveResult(ProactiveStatus.Failed, reference, $"The connector answered {(int)ex.Status} {ex.ErrorCode}{retry}".Trim());
    }

    /// <summary>A 1:1 chat is the user; a group chat or channel is the conversation itself.</summary>
    internal static string TargetOf(ConversationReference reference) =>
        reference.Conversation?.ConversationType is null or "personal" && reference.User?.Id is { Length: > 0 } userId
            ? userId
            : UnreachableTargets.ConversationTarget(reference.Conversation!.Id!);

    [LoggerMessage(EventId = 5120, Level = LogLevel.Information, Message = "Proactive target unreachable ({Status} {ErrorCode}); marked, later sends are skipped")]
    private static partial void LogUnreachable(ILogger logger, int status, string? errorCode);

    [LoggerMessage(EventId = 5121, Level = LogLevel.Warning, Message = "Proactive send failed ({Status} {ErrorCode}); not retried")]
    private static partial void LogFailed(ILogger logger, int status, string? errorCode);
}
