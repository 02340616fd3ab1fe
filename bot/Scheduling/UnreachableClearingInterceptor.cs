using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Turns;

namespace PartnershipBot.Scheduling;

/// <summary>
/// A user who talks to the bot can be reached again (they reinstalled it): their unreachable mark, and
/// that of the conversation they speak in, is cleared. Never handles the turn itself.
/// </summary>
internal sealed class UnreachableClearingInterceptor(UnreachableTargets unreachable) : ITurnInterceptor
{
    public async Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        var activity = turnContext.Activity;
        if (activity.TenantId is not { Length: > 0 } tenantId || activity.From?.Id is not { Length: > 0 } userId)
        {
            return false;
        }

        string[] targets = activity.Conversation?.Id is { Length: > 0 } conversationId
            ? [userId, UnreachableTargets.ConversationTarget(conversationId)]
            : [userId];
        await unreachable.ClearAsync(tenantId, targets, cancellationToken);
        return false;
    }
}
