using PartnershipBot.Cards.Rounds;
using PartnershipBot.Dialogs.Rounds;
using PartnershipBot.Protocol.Hosting;
using PartnershipBot.Scheduling;

namespace PartnershipBot.Rounds;

/// <summary>Posts a round's results card in the round's own channel or group chat, never anywhere else.</summary>
internal sealed class RoundResultsPoster(RoundStore store, IProactiveSender sender, ILogger<RoundResultsPoster> logger)
{
    /// <summary>Within a turn in the round's conversation the card is a reply; otherwise it is sent proactively.</summary>
    public async Task PostAsync(RoundDocument document, TurnContext? turn, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(document);
        var previous = await store.PreviousAsync(document, ct);
        var view = RoundResultsBuilder.Build(document.Round, previous?.Round, document.Language);
        var card = RoundReplies.Card(RoundCards.Results(view, withFollowUp: true));
        if (turn is not null && string.Equals(turn.Activity.Conversation?.Id, document.Channel.Conversation?.Id, StringComparison.Ordinal))
        {
            await turn.SendActivityAsync(card, ct);
            RoundsLog.ResultsPosted(logger, document.Round.Id, "reply");
            return;
        }

        var result = await sender.SendAsync(document.Channel, card, ct);
        RoundsLog.ResultsPosted(logger, document.Round.Id, result.Status.ToString());
    }
}
