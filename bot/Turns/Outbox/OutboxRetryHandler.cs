using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;

namespace PartnershipBot.Turns.Outbox;

/// <summary>A channel's retry of an activity that already ran: the first run's replies may still be waiting in the outbox.</summary>
internal sealed class OutboxRetryHandler(ReplyOutbox outbox) : IRetriedActivityHandler
{
    public Task OnRetryAsync(Activity activity, CancellationToken cancellationToken) => outbox.TryResumeAsync(activity, cancellationToken);
}
