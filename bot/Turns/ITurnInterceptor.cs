using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns;

/// <summary>
/// Handles a turn before the conversation engine sees it, for features that need I/O the pure
/// engine must not do (for example partnership rounds, which open 1:1 chats). Interceptors run in
/// registration order; the first that returns true has handled the turn.
/// </summary>
internal interface ITurnInterceptor
{
    Task<bool> TryHandleAsync(TurnContext turnContext, CancellationToken cancellationToken);
}
