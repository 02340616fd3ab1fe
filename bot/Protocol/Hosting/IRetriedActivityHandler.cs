namespace PartnershipBot.Protocol.Hosting;

/// <summary>
/// Called instead of the bot for an activity that some instance already took on (a channel's retry): the
/// first run may have saved replies it could not send before it died.
/// </summary>
internal interface IRetriedActivityHandler
{
    Task OnRetryAsync(Activity activity, CancellationToken cancellationToken);
}
