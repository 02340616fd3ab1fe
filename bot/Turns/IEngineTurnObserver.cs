using PartnershipBot.Dialogs.Conversation;
using PartnershipBot.Protocol;

namespace PartnershipBot.Turns;

/// <summary>
/// Sees a finished engine turn after its state was saved and before its outputs are sent, for features
/// that react to what the engine did (a partnership round records a participant's finished check).
/// </summary>
internal interface IEngineTurnObserver
{
    /// <returns>Outputs to send after the engine's own (usually none).</returns>
    Task<IReadOnlyList<BotOutput>> OnEngineTurnAsync(Activity activity, TurnResult result, CancellationToken cancellationToken);
}
