using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>
/// Where round figures go. Progress and releases go privately to the consultant (or the admin who
/// asked), in their 1:1 chat; only a release the consultant chooses to share is posted in the round's
/// own channel, exactly as released.
/// </summary>
internal sealed class RoundResultsPoster(IProactiveSender sender, RoundLanguages languages, ILogger<RoundResultsPoster> logger)
{
    /// <summary>Within a 1:1 turn of <paramref name="user"/> the card is a reply; otherwise their personal chat is opened.</summary>
    public async Task<bool> SendPrivatelyAsync(RoundDocument document, ChannelAccount user, Activity card, TurnContext? turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(user);
        if (turn is not null && turn.Activity.Conversation?.ConversationType is null or "personal" && string.Equals(turn.Activity.From?.Id, user.Id, StringComparison.Ordinal))
        {
            await turn.SendActivityAsync(card, ct);
            RoundsLog.SentPrivately(logger, document.Round.Id, "reply");
            return true;
        }

        var channel = document.Channel;
        var result = await sender.SendToUserAsync(channel.ServiceUrl!, channel.ChannelId!, document.Round.TenantId, channel.Bot!, user, card, ct);
        RoundsLog.SentPrivately(logger, document.Round.Id, result.Status.ToString());
        return result.Status == ProactiveStatus.Sent;
    }

    /// <summary>Posts one release, as released, in the round's channel: a reply within a turn there, otherwise proactively.</summary>
    public async Task ShareAsync(RoundDocument document, RoundRelease release, TurnContext? turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(release);
        var view = RoundResultsBuilder.Build(document.Round, release, await languages.ChannelAsync(document, ct));
        var card = RoundReplies.Card(RoundCards.Results(view, RoundCardAudience.Channel, RoundResultsExtras.ChartOnly(release)));
        if (turn is not null && string.Equals(turn.Activity.Conversation?.Id, document.Channel.Conversation?.Id, StringComparison.Ordinal))
        {
            await turn.SendActivityAsync(card, ct);
            RoundsLog.Shared(logger, document.Round.Id, release.Sequence, "reply");
            return;
        }

        var result = await sender.SendAsync(document.Channel, card, ct);
        RoundsLog.Shared(logger, document.Round.Id, release.Sequence, result.Status.ToString());
    }

    /// <summary>A plain message in the round's channel (no figures).</summary>
    public async Task NoticeInChannelAsync(RoundDocument document, string text, TurnContext? turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (turn is not null && string.Equals(turn.Activity.Conversation?.Id, document.Channel.Conversation?.Id, StringComparison.Ordinal))
        {
            await RoundReplies.ReplyAsync(turn, text, ct);
            return;
        }

        await sender.SendAsync(document.Channel, RoundReplies.Text(text), ct);
    }
}
